using Platform.Contracts.Documents;
using Platform.Contracts.Messages;
using Platform.Storage;
using Platform.Testing;

namespace Platform.Enrich.Tests;

/// <summary>The enrich consumer on MassTransit's test harness over SQLite.</summary>
public sealed class EnrichArticleConsumerTests : IAsyncLifetime
{
    private StageHarness _stage = null!;

    public async Task InitializeAsync() => _stage = await StageHarness.StartAsync(bus => bus.AddEnrichStage());

    public async Task DisposeAsync() => await _stage.DisposeAsync();

    [Fact]
    public async Task A_parsed_article_is_enriched_stored_and_announced_and_a_redelivery_changes_nothing()
    {
        var parsed = Seeds.Parse("003", "00000000000000c3");
        await _stage.Store.Bulletins.PutAsync(parsed.Bulletin, null, CancellationToken.None);
        var article = parsed.Articles[0];
        await _stage.Store.Articles.PutAsync(article, null, CancellationToken.None);

        await _stage.Harness.Bus.Publish(new ArticleParsed(article.Id, article.BulletinId, article.Ordinal));
        Assert.True(await _stage.Harness.Published.Any<ArticleEnriched>(m => m.Context.Message.ArticleId == article.Id));
        var enriched = (await _stage.Store.Articles.GetAsync(article.Id))!;
        Assert.Equal(PipelineStatus.Enriched, enriched.Status);
        Assert.NotNull(enriched.Enrichment);

        await _stage.Harness.Bus.Publish(new ArticleParsed(article.Id, article.BulletinId, article.Ordinal));
        await Eventually.UntilAsync(() => Task.FromResult(_stage.Harness.Published.Select<ArticleEnriched>().Count() == 2), TimeSpan.FromSeconds(30),
            () => "the redelivered article was not announced again");
        Assert.Equal(enriched.Version, (await _stage.Store.Articles.GetAsync(article.Id))!.Version);
    }
}
