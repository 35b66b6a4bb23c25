using Platform.Contracts.Documents;
using Platform.Contracts.Messages;
using Platform.Enrichment;
using Platform.Storage;
using Platform.Testing;

namespace Platform.Enrich.Tests;

/// <summary>The enrich consumer on MassTransit's test harness over SQLite.</summary>
public sealed class EnrichArticleConsumerTests() : StageTests(bus => bus.AddEnrichStage())
{
    [Fact]
    public async Task A_parsed_article_is_enriched_stored_and_announced_and_a_redelivery_changes_nothing()
    {
        var parsed = Seeds.Parse("003", "00000000000000c3");
        await Stage.Store.Bulletins.PutAsync(parsed.Bulletin, null, CancellationToken.None);
        var article = parsed.Articles[0];
        await Stage.Store.Articles.PutAsync(article, null, CancellationToken.None);

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

    [Fact]
    public async Task A_photo_that_names_no_place_takes_the_place_of_the_photo_before_it()
    {
        var code = await EnrichedRegionAsync("00000000000000d4", 2,
            ArticleFactory.Create(null, "在北京展览馆,志愿者为游客指路。"), ArticleFactory.Create(null, "志愿者为游客指路。"));

        Assert.Equal("110000", code);
    }

    [Fact]
    public async Task A_first_photo_that_names_no_place_takes_the_place_of_the_photo_after_it()
    {
        var code = await EnrichedRegionAsync("00000000000000e5", 1,
            ArticleFactory.Create(null, "志愿者为游客指路。"), ArticleFactory.Create(null, "在北京展览馆,志愿者为游客指路。"));

        Assert.Equal("110000", code);
    }

    [Fact]
    public async Task A_photo_credited_for_the_text_too_takes_the_place_of_the_story_before_it()
    {
        var code = await EnrichedRegionAsync("00000000000000f6", 2,
            ArticleFactory.Create("志愿服务", "在北京展览馆,志愿者为游客指路。"),
            ArticleFactory.Create(null, "志愿者为游客指路。", byline: new Byline("李明 摄影报道", ["李明"], null, BylineKind.Author)));

        Assert.Equal("110000", code);
    }

    // Stores a bulletin of the items in order, has the item at ordinal `enriched` enriched, and returns its primary region.
    private async Task<string?> EnrichedRegionAsync(string bulletinId, int enriched, params Article[] items)
    {
        var articles = items.Select((a, i) => a with { Id = $"{bulletinId}-{i + 1:00}", BulletinId = bulletinId, Ordinal = i + 1 }).ToArray();
        var bulletin = ArticleFactory.EmptyBulletin() with { Id = bulletinId, ArticleIds = articles.Select(a => a.Id).ToList() };
        await Stage.Store.Bulletins.PutAsync(bulletin, null, CancellationToken.None);
        foreach (var article in articles) await Stage.Store.Articles.PutAsync(article, null, CancellationToken.None);

        var target = articles[enriched - 1];
        await Stage.Harness.Bus.Publish(new ArticleParsed(target.Id, bulletinId, target.Ordinal));
        Assert.True(await Stage.Harness.Published.Any<ArticleEnriched>(m => m.Context.Message.ArticleId == target.Id));
        return (await Stage.Store.Articles.GetAsync(target.Id))!.Enrichment!.Regions.Primary?.Code;
    }
}
