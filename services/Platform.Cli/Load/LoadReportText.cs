using System.Globalization;

namespace Platform.Cli.Load;

/// <summary>The human form of a load report.</summary>
public static class LoadReportText
{
    public static IEnumerable<string> Lines(LoadReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        yield return F($"pushed      {report.Pushed} bulletins ({report.BytesPushed / 1e6:0.0} MB) in {report.PushSeconds:0.00} s = {report.PushesPerSecond:0.0} pushes/s: {report.Accepted} accepted, {report.AlreadyStored} already stored, {report.Failed} failed");
        yield return F($"published   {report.Published} bulletins ({report.ArticlesPublished} articles), {report.Rejected} rejected, {report.Unfinished} unfinished, in {report.Seconds:0.00} s = {report.BulletinsPerSecond:0.0} bulletins/s");
        yield return "latency     " + Latency("push", report.PushLatencyMs);
        yield return "            " + Latency("push→published", report.PublishLatencyMs);
        yield return F($"exactly once: {report.FinishedMoreThanOnce} bulletins and {report.ArticlesPublishedMoreThanOnce} articles announced more than once, {report.BulletinsMissingArticles} bulletins missing an article event");
        foreach (var (kind, count) in report.Errors) yield return F($"error       {count} × {kind}");
        if (report.Windows.Count > 1)
        {
            yield return "windows     " + string.Join("  ", report.Windows.Select(w => F($"{w.To}: {w.BulletinsPerSecond:0.0}/s")));
        }
    }

    private static string Latency(string label, LatencySummary s) =>
        F($"{label} p50 {s.P50:0} ms, p95 {s.P95:0} ms, p99 {s.P99:0} ms, max {s.Max:0} ms");

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
