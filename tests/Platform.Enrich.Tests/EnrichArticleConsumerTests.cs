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
        var bulletin = ArticleFactory.EmptyBulletin() with { Id = "00000000000000d4", ArticleIds = ["00000000000000d4-01", "00000000000000d4-02"] };
        var first = ArticleFactory.Create(null, "在北京展览馆,志愿者为游客指路。") with { Id = "00000000000000d4-01", BulletinId = bulletin.Id, Ordinal = 1 };
        var second = ArticleFactory.Create(null, "志愿者为游客指路。") with { Id = "00000000000000d4-02", BulletinId = bulletin.Id, Ordinal = 2 };
        await Stage.Store.Bulletins.PutAsync(bulletin, null, CancellationToken.None);
        await Stage.Store.Articles.PutAsync(first, null, CancellationToken.None);
        await Stage.Store.Articles.PutAsync(second, null, CancellationToken.None);

        await Stage.Harness.Bus.Publish(new ArticleParsed(second.Id, bulletin.Id, second.Ordinal));
        Assert.True(await Stage.Harness.Published.Any<ArticleEnriched>(m => m.Context.Message.ArticleId == second.Id));

        Assert.Equal("110000", (await Stage.Store.Articles.GetAsync(second.Id))!.Enrichment!.Regions.Primary?.Code);
    }

    [Fact]
    public async Task A_first_photo_that_names_no_place_takes_the_place_of_the_photo_after_it()
    {
        var bulletin = ArticleFactory.EmptyBulletin() with { Id = "00000000000000e5", ArticleIds = ["00000000000000e5-01", "00000000000000e5-02"] };
        var first = ArticleFactory.Create(null, "志愿者为游客指路。") with { Id = "00000000000000e5-01", BulletinId = bulletin.Id, Ordinal = 1 };
        var second = ArticleFactory.Create(null, "在北京展览馆,志愿者为游客指路。") with { Id = "00000000000000e5-02", BulletinId = bulletin.Id, Ordinal = 2 };
        await Stage.Store.Bulletins.PutAsync(bulletin, null, CancellationToken.None);
        await Stage.Store.Articles.PutAsync(first, null, CancellationToken.None);
        await Stage.Store.Articles.PutAsync(second, null, CancellationToken.None);

        await Stage.Harness.Bus.Publish(new ArticleParsed(first.Id, bulletin.Id, first.Ordinal));
        Assert.True(await Stage.Harness.Published.Any<ArticleEnriched>(m => m.Context.Message.ArticleId == first.Id));

        Assert.Equal("110000", (await Stage.Store.Articles.GetAsync(first.Id))!.Enrichment!.Regions.Primary?.Code);
    }

    [Fact]
    public async Task A_photo_credited_for_the_text_too_takes_the_place_of_the_story_before_it()
    {
        var bulletin = ArticleFactory.EmptyBulletin() with { Id = "00000000000000f6", ArticleIds = ["00000000000000f6-01", "00000000000000f6-02"] };
        var story = ArticleFactory.Create("志愿服务", "在北京展览馆,志愿者为游客指路。") with { Id = "00000000000000f6-01", BulletinId = bulletin.Id, Ordinal = 1 };
        var photo = ArticleFactory.Create(null, "志愿者为游客指路。", byline: new Byline("李明 摄影报道", ["李明"], null, BylineKind.Author))
            with { Id = "00000000000000f6-02", BulletinId = bulletin.Id, Ordinal = 2 };
        await Stage.Store.Bulletins.PutAsync(bulletin, null, CancellationToken.None);
        await Stage.Store.Articles.PutAsync(story, null, CancellationToken.None);
        await Stage.Store.Articles.PutAsync(photo, null, CancellationToken.None);

        await Stage.Harness.Bus.Publish(new ArticleParsed(photo.Id, bulletin.Id, photo.Ordinal));
        Assert.True(await Stage.Harness.Published.Any<ArticleEnriched>(m => m.Context.Message.ArticleId == photo.Id));

        Assert.Equal("110000", (await Stage.Store.Articles.GetAsync(photo.Id))!.Enrichment!.Regions.Primary?.Code);
    }
}
