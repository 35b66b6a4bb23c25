using Platform.OperatorConsole.Failures;
using Platform.Storage;

namespace Platform.Console.Tests.Failures;

public sealed class FailureResolutionTests
{
    private static readonly DateTimeOffset T0 = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_subject_is_open_until_resolved_and_reopens_on_a_new_failure()
    {
        var parse = new Failure("parse", "b1", "no articles found", T0);
        Assert.Null(FailureResolution.Current([parse]));

        var resolved = FailureResolution.Resolve("b1", " checked by hand ", T0.AddMinutes(1));
        Assert.Equal("resolved by operator: checked by hand", resolved.Reason);
        Assert.Same(resolved, FailureResolution.Current([resolved, parse]));

        Assert.Null(FailureResolution.Current([parse, resolved, new Failure("parse", "b1", "no articles found", T0.AddMinutes(2))]));
    }

    [Fact]
    public void Only_console_records_count_as_resolutions()
    {
        Assert.False(FailureResolution.IsResolution(new Failure("parse", "b1", "resolved by operator", T0)));
        Assert.True(FailureResolution.IsResolution(FailureResolution.Resolve("b1", null, T0)));
        Assert.Null(FailureResolution.Current([]));
    }
}
