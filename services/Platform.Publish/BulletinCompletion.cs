using Platform.Contracts.Documents;
using Platform.Contracts.Public;
using Platform.Storage;

namespace Platform.Publish;

/// <summary>
/// Publishes a bulletin once all its articles are out. Two articles of one bulletin finishing at once both find it
/// complete and both write it: the loser of that race is expected, not a failure, so it reloads and decides again
/// (by then the bulletin is usually published, and only the deduplicated event append is left) instead of throwing
/// into the message retry, which logged a warning with a stack trace and redelivered the whole article.
/// The bulletin event is appended only once every article event is, so consumers see it after the last item.
/// </summary>
public sealed class BulletinCompletion(IDocumentStore store, EventAppender events)
{
    /// <summary>Reloads on a version conflict at most this many times; a bulletin still changing after that is retried as a message.</summary>
    public const int MaxAttempts = 5;

    public async Task PublishWhenCompleteAsync(string bulletinId, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var bulletin = await store.Bulletins.GetAsync(bulletinId, ct).ConfigureAwait(false);
            if (bulletin is null) return;
            // Ids only: reading the bulletin's published documents after each article made a bulletin of n items read n²/2.
            var published = await store.Articles.ListIdsAsync(bulletinId, PipelineStatus.Published, ct).ConfigureAwait(false);
            if (!PublishPolicy.IsComplete(bulletin, published)) return;
            // The bulletin event must follow every article event: an article still between its status write and its
            // event append runs this check again after the append, so returning here strands nothing.
            if (!await events.AllArticlesAnnouncedAsync(bulletin.ArticleIds, ct).ConfigureAwait(false)) return;
            if (bulletin.Status != PipelineStatus.Published)
            {
                var done = bulletin with { Status = PipelineStatus.Published };
                var write = await store.Bulletins.UpsertAsync(done, bulletin.Version, ct).ConfigureAwait(false);
                if (!write.Succeeded)
                {
                    if (attempt < MaxAttempts) continue;
                    throw new ConcurrencyConflictException($"bulletin {bulletinId} changed concurrently {MaxAttempts} times (now version {write.Version})");
                }
                bulletin = done with { Version = write.Version };
            }
            await events.AppendBulletinAsync(EventTypes.BulletinPublished, bulletin, ct).ConfigureAwait(false);
            return;
        }
    }
}
