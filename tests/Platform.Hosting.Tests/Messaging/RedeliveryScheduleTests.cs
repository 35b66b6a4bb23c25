using Platform.Hosting.Configuration;
using Platform.Hosting.Messaging;

namespace Platform.Hosting.Tests.Messaging;

public sealed class RedeliveryScheduleTests
{
    private static TransportOptions Options(int limit, int minSeconds, int maxSeconds) => new()
    {
        RedeliveryLimit = limit,
        RedeliveryMinInterval = TimeSpan.FromSeconds(minSeconds),
        RedeliveryMaxInterval = TimeSpan.FromSeconds(maxSeconds),
    };

    public static TheoryData<string, int, int, int, int[]> UpperBounds => new()
    {
        { "doubles from the minimum", 4, 5, 120, [5, 10, 20, 40] },
        { "capped at the maximum", 6, 5, 30, [5, 10, 20, 30, 30, 30] },
        { "none", 0, 5, 120, [] },
    };

    [Theory]
    [MemberData(nameof(UpperBounds))]
    public void Delays_double_up_to_the_maximum_at_full_jitter(string label, int limit, int min, int max, int[] seconds) =>
        Assert.True(seconds.Select(s => TimeSpan.FromSeconds(s)).SequenceEqual(RedeliverySchedule.Intervals(Options(limit, min, max), () => 1)), label);

    [Fact]
    public void Jitter_keeps_each_delay_in_the_upper_half()
    {
        var delays = RedeliverySchedule.Intervals(Options(3, 4, 60), () => 0);
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8)], delays);
    }

    [Fact]
    public void The_default_window_rides_out_a_quarter_hour_and_stays_under_the_broker_consumer_timeout()
    {
        var window = RedeliverySchedule.Window(new TransportOptions());
        Assert.Equal(TimeSpan.FromSeconds(5 + 10 + 20 + 40 + 80 + 5 * 120), window);
        Assert.True(window < RedeliverySchedule.MaxBrokerWindow);
    }
}
