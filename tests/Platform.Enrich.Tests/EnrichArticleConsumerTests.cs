using Platform.Contracts.Documents;
using Platform.Contracts.Messages;

namespace Platform.Enrich.Tests;

/// <summary>The enrich consumer of single articles (recovery, redrive, earlier versions' messages) on MassTransit's test harness over SQLite.</summary>
public sealed class EnrichArticleConsumerTests : EnrichStageTests
{
    [Fact]
    public async Task A_parsed_article_is_enriched_stored_and_announced_and_a_redelivery_changes_nothing()
    {
        var article = (await StoreParsedAsync("003", "00000000000000c3")).Articles[0];

        await Stage.Harness.Bus.Publish(new ArticleParsed(article.Id, article.BulletinId, article.Ordinal));
        Assert.True(await Stage.Harness.Published.Any<ArticleEnriched>(m => m.Context.Message.ArticleId == article.Id));
        var enriched = (await Stage.Store.Articles.GetAsync(article.Id))!;
        Assert.Equal(PipelineStatus.Enriched, enriched.Status);
        Assert.NotNull(enriched.Enrichment);

        await Stage.Harness.Bus.Publish(new ArticleParsed(article.Id, article.BulletinId, article.Ordinal));
        await Eventually.UntilAsync(() => Task.FromResult(Stage.Harness.Published.Select<ArticleEnriched>().Count() == 2), TimeSpan.FromSeconds(30),
            () => "the redelivered article was not announced again");
        Assert.Equal(enriched.Version, (await Stage.Store.Articles.GetAsync(article.Id))!.Version);
    }
}
