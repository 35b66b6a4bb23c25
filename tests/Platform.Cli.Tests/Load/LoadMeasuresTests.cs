using System.Diagnostics;
using System.Net;
using Platform.Cli.Load;

namespace Platform.Cli.Tests.Load;

public sealed class LoadMeasuresTests
{
    public static TheoryData<double[], double, double, double, double> Latencies => new()
    {
        { Enumerable.Range(1, 100).Select(i => (double)i).ToArray(), 50, 95, 99, 100 },
        { Enumerable.Range(1, 1000).Select(i => (double)i).Reverse().ToArray(), 500, 950, 990, 1000 },
        { [7], 7, 7, 7, 7 },
        { [1, 2, 3], 2, 3, 3, 3 },
    };

    [Theory]
    [MemberData(nameof(Latencies))]
    public void Percentiles_are_nearest_rank(double[] values, double p50, double p95, double p99, double max)
    {
        var summary = LatencySummary.Of(values);
        Assert.Equal((values.Length, p50, p95, p99, max), (summary.Count, summary.P50, summary.P95, summary.P99, summary.Max));
    }

    [Fact]
    public void No_latencies_summarize_to_zeros()
    {
        Assert.Equal(LatencySummary.Empty, LatencySummary.Of([]));
    }

    [Fact]
    public void Windows_cut_the_finish_times_into_stretches_of_the_window_size_and_keep_a_partial_last_one()
    {
        var start = Stopwatch.GetTimestamp();
        var times = Enumerable.Range(1, 2500).Select(i => start + i * Stopwatch.Frequency / 100).ToArray();
        var windows = LoadWindow.Split(start, times, 1000);
        Assert.Equal([(0, 1000), (1000, 2000), (2000, 2500)], windows.Select(w => (w.From, w.To)));
        Assert.All(windows, w => Assert.Equal(100, w.BulletinsPerSecond, 3));
    }

    public static TheoryData<HttpStatusCode, string, string> Answers => new()
    {
        { HttpStatusCode.TooManyRequests, """{"type":"urn:platform:problem:rate-limited","title":"Too many pushes"}""", "429 rate-limited" },
        { HttpStatusCode.Forbidden, """{"type":"urn:platform:problem:revoked-key"}""", "403 revoked-key" },
        { HttpStatusCode.InternalServerError, "oops", "500" },
        { HttpStatusCode.BadGateway, "[]", "502" },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public void Errors_are_named_by_status_and_problem_type(HttpStatusCode status, string body, string kind)
    {
        Assert.Equal(kind, LoadRun.ErrorKind(status, body));
    }
}
