namespace Platform.Hosting.Tests;

public sealed class PassFailureTests
{
    /// <summary>The failure, whether the host is stopping, whether the loop goes on, whether the failure is fatal.</summary>
    public static TheoryData<Exception, bool, bool, bool> Cases => new()
    {
        { new InvalidOperationException("store down"), false, true, false },
        { new InvalidOperationException("store down"), true, true, false },
        { new TimeoutException(), false, true, false },
        // A cancellation the host did not ask for (an HTTP timeout) is an ordinary failure.
        { new OperationCanceledException(), false, true, false },
        { new TaskCanceledException(), false, true, false },
        { new OperationCanceledException(), true, false, false },
        { new TaskCanceledException(), true, false, false },
        { new OutOfMemoryException(), false, false, true },
        { new OutOfMemoryException(), true, false, true },
        { new InsufficientMemoryException(), false, false, true },
        { new InsufficientExecutionStackException(), false, true, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_loop_outlives_every_failure_but_out_of_memory_and_its_own_stop(Exception exception, bool stopping, bool outlived, bool fatal)
    {
        Assert.Equal(outlived, PassFailure.IsOutlived(exception, stopping));
        Assert.Equal(fatal, PassFailure.IsFatal(exception));
    }
}
