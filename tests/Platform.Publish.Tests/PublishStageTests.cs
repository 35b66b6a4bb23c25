using Microsoft.Extensions.Options;
using Platform.Publish.Configuration;

namespace Platform.Publish.Tests;

/// <summary>A test class of the publish stage's consumers, with the stored bulletins their scenarios start from.</summary>
public abstract class PublishStageTests() : StageTests(bus => bus.AddPublishStage())
{
    /// <summary>The event appender the stage builds, with default settings, over <paramref name="store"/>.</summary>
    protected static EventAppender AppenderOver(IDocumentStore store) => new(store, new OutboxSignal(), Options.Create(new PublishOptions()));

    /// <summary>
    /// A bulletin of <paramref name="articles"/> articles, the i-th stored as <paramref name="statusOf"/>(i); of the published
    /// ones, the first <paramref name="announce"/> have their article event, as their consumer appends it before completing.
    /// </summary>
    protected async Task<Bulletin> StoreBulletinAsync(string id, int articles, Func<int, PipelineStatus> statusOf, int announce = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(statusOf);
        var bulletin = PublishPolicyTests.StoredBulletin(articles, id: id);
        await Stage.Store.Bulletins.PutAsync(bulletin, null, CancellationToken.None);
        var appender = AppenderOver(Stage.Store);
        for (var i = 0; i < bulletin.ArticleIds.Count; i++)
        {
            var status = statusOf(i);
            var article = PublishPolicyTests.StoredArticle(status, bulletin.ArticleIds[i], id);
            await Stage.Store.Articles.PutAsync(article, null, CancellationToken.None);
            if (status == PipelineStatus.Published && i < announce)
            {
                await appender.AppendArticleAsync((await Stage.Store.Articles.GetAsync(article.Id))!, CancellationToken.None);
            }
        }
        return (await Stage.Store.Bulletins.GetAsync(id))!;
    }
}
