using System.Diagnostics;

namespace Platform.Cli.Load;

/// <summary>
/// What the public event log showed during a load run: when each bulletin was published (or rejected), how often,
/// and which of its articles were announced how often, so the run can check "every bulletin exactly once".
/// Thread-safe: the feed follower writes while the pushers and the progress display read.
/// </summary>
public sealed class PublicationLog
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, BulletinSeen> _bulletins = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _articleEvents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _articlesByBulletin = new(StringComparer.Ordinal);

    /// <summary>Called with the bulletin id each time a bulletin is first seen published or rejected.</summary>
    public event Action<string>? Finished;

    /// <summary>One bulletin's final event as seen.</summary>
    /// <param name="At">Stopwatch timestamp when the follower read it.</param>
    /// <param name="Rejected">bulletin.rejected rather than bulletin.published.</param>
    /// <param name="ArticleIds">The articles the bulletin summary lists.</param>
    /// <param name="Events">How many bulletin.published/rejected events it had (1 is right).</param>
    public sealed record BulletinSeen(long At, bool Rejected, IReadOnlyList<string> ArticleIds, int Events);

    public void ArticlePublished(string articleId, string bulletinId)
    {
        lock (_gate)
        {
            var count = _articleEvents.GetValueOrDefault(articleId) + 1;
            _articleEvents[articleId] = count;
            if (count == 1) _articlesByBulletin[bulletinId] = _articlesByBulletin.GetValueOrDefault(bulletinId) + 1;
        }
    }

    public void BulletinFinished(string bulletinId, bool rejected, IReadOnlyList<string> articleIds)
    {
        bool first;
        lock (_gate)
        {
            first = !_bulletins.TryGetValue(bulletinId, out var seen);
            _bulletins[bulletinId] = first ? new BulletinSeen(Stopwatch.GetTimestamp(), rejected, articleIds, 1) : seen! with { Events = seen.Events + 1 };
        }
        if (first) Finished?.Invoke(bulletinId);
    }

    public BulletinSeen? Find(string bulletinId)
    {
        lock (_gate) return _bulletins.GetValueOrDefault(bulletinId);
    }

    /// <summary>Articles of the bulletin announced at least once.</summary>
    public int ArticlesSeen(string bulletinId)
    {
        lock (_gate) return _articlesByBulletin.GetValueOrDefault(bulletinId);
    }

    /// <summary>How many article.published events the article had.</summary>
    public int ArticleEvents(string articleId)
    {
        lock (_gate) return _articleEvents.GetValueOrDefault(articleId);
    }
}
