using System.Diagnostics;

namespace Platform.Cli.Load;

/// <summary>The outcome of a load run, as printed and as written with <c>--json</c>.</summary>
/// <param name="Pushed">Pushes attempted.</param>
/// <param name="Accepted">Answered 202: new bulletins.</param>
/// <param name="AlreadyStored">Answered 200: the text was stored before (not waited for).</param>
/// <param name="Failed">Pushes that got an error (see <paramref name="Errors"/>).</param>
/// <param name="BytesPushed">Body bytes of all pushes.</param>
/// <param name="PushSeconds">From the first push to the last answer.</param>
/// <param name="PushesPerSecond">Pushes answered per second.</param>
/// <param name="Published">Accepted bulletins seen as bulletin.published.</param>
/// <param name="Rejected">Accepted bulletins seen as bulletin.rejected.</param>
/// <param name="Unfinished">Accepted bulletins with neither event when the wait ran out.</param>
/// <param name="FinishedMoreThanOnce">Accepted bulletins with more than one bulletin event (should be 0).</param>
/// <param name="ArticlesPublished">Distinct articles of accepted bulletins seen as article.published.</param>
/// <param name="ArticlesPublishedMoreThanOnce">Of those, articles with more than one article.published (should be 0).</param>
/// <param name="BulletinsMissingArticles">Published bulletins some of whose listed articles had no article.published (should be 0).</param>
/// <param name="Seconds">From the first push to the last bulletin seen finished.</param>
/// <param name="BulletinsPerSecond">Finished bulletins per second over <paramref name="Seconds"/>.</param>
/// <param name="PushLatencyMs">Push request to answer.</param>
/// <param name="PublishLatencyMs">Push request to the bulletin's event seen on the feed.</param>
/// <param name="Errors">Failed pushes by kind.</param>
/// <param name="Windows">Throughput per window of finished bulletins, in order (the curve as the store grows).</param>
public sealed record LoadReport(
    int Pushed,
    int Accepted,
    int AlreadyStored,
    int Failed,
    long BytesPushed,
    double PushSeconds,
    double PushesPerSecond,
    int Published,
    int Rejected,
    int Unfinished,
    int FinishedMoreThanOnce,
    int ArticlesPublished,
    int ArticlesPublishedMoreThanOnce,
    int BulletinsMissingArticles,
    double Seconds,
    double BulletinsPerSecond,
    LatencySummary PushLatencyMs,
    LatencySummary PublishLatencyMs,
    IReadOnlyDictionary<string, int> Errors,
    IReadOnlyList<LoadWindow> Windows)
{
    /// <summary>Every push answered, every accepted bulletin finished exactly once with all its articles.</summary>
    public bool Clean => Failed == 0 && Unfinished == 0 && FinishedMoreThanOnce == 0 && ArticlesPublishedMoreThanOnce == 0 && BulletinsMissingArticles == 0;

    public static LoadReport From(LoadSettings settings, IReadOnlyList<PushOutcome> pushes, PublicationLog log, long started, TimeSpan pushDuration)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(pushes);
        ArgumentNullException.ThrowIfNull(log);
        var accepted = pushes.Where(p => p.Accepted).ToArray();
        var finished = accepted.Select(p => (Push: p, Seen: log.Find(p.BulletinId!))).Where(x => x.Seen is not null).ToArray();
        var published = finished.Where(x => !x.Seen!.Rejected).ToArray();
        var articleIds = published.SelectMany(x => x.Seen!.ArticleIds).ToArray();
        var times = finished.Select(x => x.Seen!.At).Order().ToArray();
        var seconds = times.Length == 0 ? 0 : Stopwatch.GetElapsedTime(started, times[^1]).TotalSeconds;
        return new LoadReport(
            pushes.Count,
            accepted.Length,
            pushes.Count(p => p.BulletinId is not null && !p.Accepted),
            pushes.Count(p => p.Error is not null),
            pushes.Sum(p => (long)p.Bytes),
            pushDuration.TotalSeconds,
            pushes.Count / Math.Max(pushDuration.TotalSeconds, 1e-9),
            published.Length,
            finished.Length - published.Length,
            accepted.Length - finished.Length,
            finished.Count(x => x.Seen!.Events > 1),
            articleIds.Count(id => log.ArticleEvents(id) > 0),
            articleIds.Count(id => log.ArticleEvents(id) > 1),
            published.Count(x => x.Seen!.ArticleIds.Any(id => log.ArticleEvents(id) == 0)),
            seconds,
            seconds > 0 ? times.Length / seconds : 0,
            LatencySummary.Of(pushes.Where(p => p.Error is null).Select(p => p.Milliseconds)),
            LatencySummary.Of(finished.Select(x => Stopwatch.GetElapsedTime(x.Push.StartedAt, x.Seen!.At).TotalMilliseconds)),
            pushes.Where(p => p.Error is not null).GroupBy(p => p.Error!).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            LoadWindow.Split(started, times, settings.WindowSize));
    }
}
