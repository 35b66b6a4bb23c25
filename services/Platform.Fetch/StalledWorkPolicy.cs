using Platform.Contracts.Documents;
using Platform.Contracts.Messages;

namespace Platform.Fetch;

/// <summary>
/// Which messages move a stalled bulletin on again, whatever stage its message was lost at: its articles each get the
/// message of the stage they wait for (parsed → <see cref="ArticleParsed"/>, enriched → <see cref="ArticleEnriched"/>),
/// and a bulletin whose articles are all published but which is not marked published gets one
/// <see cref="ArticleEnriched"/>, whose consumer completes it. A missing article sends the bulletin back to parse.
/// Consumers are idempotent, so a message that was only slow, not lost, costs a redundant no-op.
/// </summary>
public static class StalledWorkPolicy
{
    public static IReadOnlyList<object> MessagesFor(Bulletin bulletin, IReadOnlyDictionary<string, Article?> articles)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        ArgumentNullException.ThrowIfNull(articles);
        if (bulletin.Status is PipelineStatus.Published or PipelineStatus.Rejected) return [];
        var messages = new List<object>();
        foreach (var id in bulletin.ArticleIds)
        {
            var article = articles.GetValueOrDefault(id);
            if (article is null)
            {
                return [new BulletinReceived(bulletin.Id, bulletin.SourceId, bulletin.Sha256, bulletin.ReceivedAt)];
            }
            switch (article.Status)
            {
                case PipelineStatus.Received or PipelineStatus.Parsed:
                    messages.Add(new ArticleParsed(article.Id, bulletin.Id, article.Ordinal));
                    break;
                case PipelineStatus.Enriched:
                    messages.Add(new ArticleEnriched(article.Id, bulletin.Id));
                    break;
            }
        }
        if (messages.Count == 0 && bulletin.ArticleIds.Count > 0) messages.Add(new ArticleEnriched(bulletin.ArticleIds[^1], bulletin.Id));
        return messages;
    }
}
