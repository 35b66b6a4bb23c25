using Platform.OperatorConsole.Charts;

namespace Platform.Console.Tests.Charts;

public sealed class ThroughputSeriesTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<int[], int[]> Cases => new()
    {
        // Minutes before now → expected counts in 6 buckets of 10 minutes (oldest first).
        { [], [0, 0, 0, 0, 0, 0] },
        { [0], [0, 0, 0, 0, 0, 1] },
        { [1, 9, 11, 59], [1, 0, 0, 0, 1, 2] },
        // Exactly an hour ago is outside the window; the future is ignored.
        { [60, 61, -1], [0, 0, 0, 0, 0, 0] },
        { [50, 50, 50], [0, 3, 0, 0, 0, 0] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Counts_times_into_equal_buckets_of_the_window_ending_now(int[] minutesAgo, int[] expected)
    {
        var series = ThroughputSeries.Count("s", minutesAgo.Select(m => Now.AddMinutes(-m)), Now, TimeSpan.FromHours(1), 6);
        Assert.Equal(expected, series.Counts);
    }
}
