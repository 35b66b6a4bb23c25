using Platform.Contracts.Documents;
using Platform.Contracts.Messages;

namespace Platform.Fetch;

/// <summary>
/// Which message moves a stalled bulletin on again, whatever stage its message was lost at: a bulletin with an article
/// still waiting for enrichment gets <see cref="BulletinParsed"/>, whose consumer enriches the articles that need it and
/// passes the bulletin on; one whose articles are all enriched or published but which is not marked published gets
/// <see cref="BulletinEnriched"/>, whose consumer publishes what is left and completes it. A missing article sends the
/// bulletin back to parse. Consumers are idempotent, so a message that was only slow, not lost, costs a redundant no-op.
/// </summary>
public static class StalledWorkPolicy
{
    public static IReadOnlyList<object> MessagesFor(Bulletin bulletin, IReadOnlyDictionary<string, Article?> articles)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        ArgumentNullException.ThrowIfNull(articles);
        if (bulletin.Status is PipelineStatus.Published or PipelineStatus.Rejected) return [];
        var waitsForEnrichment = false;
        foreach (var id in bulletin.ArticleIds)
        {
            var article = articles.GetValueOrDefault(id);
            if (article is null)
            {
                return [new BulletinReceived(bulletin.Id, bulletin.SourceId, bulletin.Sha256, bulletin.ReceivedAt)];
            }
            waitsForEnrichment |= article.Status is PipelineStatus.Received or PipelineStatus.Parsed;
        }
        return waitsForEnrichment
            ? [new BulletinParsed(bulletin.Id, bulletin.ArticleIds.Count, bulletin.ParserVersion)]
            : [new BulletinEnriched(bulletin.Id, bulletin.ParserVersion)];
    }
}
