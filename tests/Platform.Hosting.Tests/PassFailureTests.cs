using Platform.Hosting;

namespace Platform.Hosting.Tests;

public sealed class PassFailureTests
{
    public static TheoryData<Exception, bool, bool> Cases => new()
    {
        { new InvalidOperationException("store down"), false, true },
        { new InvalidOperationException("store down"), true, true },
        { new TimeoutException(), false, true },
        { new OperationCanceledException(), false, true },
        { new TaskCanceledException(), false, true },
        { new OperationCanceledException(), true, false },
        { new TaskCanceledException(), true, false },
        { new OutOfMemoryException(), false, false },
        { new OutOfMemoryException(), true, false },
        { new InsufficientExecutionStackException(), false, true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_loop_outlives_every_failure_but_out_of_memory_and_its_own_stop(Exception exception, bool stopping, bool outlived) =>
        Assert.Equal(outlived, PassFailure.IsOutlived(exception, stopping));

    [Fact]
    public void Only_out_of_memory_is_fatal()
    {
        Assert.True(PassFailure.IsFatal(new OutOfMemoryException()));
        Assert.True(PassFailure.IsFatal(new InsufficientMemoryException()));
        Assert.False(PassFailure.IsFatal(new InvalidOperationException()));
        Assert.False(PassFailure.IsFatal(new OperationCanceledException()));
    }
}
