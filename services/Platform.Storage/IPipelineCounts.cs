using Platform.Contracts.Documents;

namespace Platform.Storage;

/// <summary>
/// Counts the store computes itself (grouped counts, an indexed range), so the console's numbers stay right and cheap
/// however many documents there are, instead of reading documents to count them.
/// </summary>
public interface IPipelineCounts
{
    /// <summary>Bulletins per status; a stored raw bulletin not parsed yet counts as received.</summary>
    Task<IReadOnlyDictionary<PipelineStatus, long>> BulletinsByStatusAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<PipelineStatus, long>> ArticlesByStatusAsync(CancellationToken cancellationToken = default);

    /// <summary>Published articles per two-digit province code of their primary region (<c>00</c> for none).</summary>
    Task<IReadOnlyDictionary<string, long>> PublishedByProvinceAsync(CancellationToken cancellationToken = default);

    /// <summary>When each raw bulletin received at or after <paramref name="from"/> arrived, oldest first.</summary>
    Task<IReadOnlyList<DateTimeOffset>> ReceivedSinceAsync(DateTimeOffset from, CancellationToken cancellationToken = default);
}
