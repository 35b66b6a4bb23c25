using Platform.Contracts.Documents;
using Platform.Contracts.Messages;
using Platform.Enrichment;
using Platform.Parsing;
using Platform.Storage;

namespace Platform.Enrich.Tests;

/// <summary>
/// A photo takes its group's place the same way whichever consumer enriches it: the whole bulletin at once (the
/// pipeline's path, neighbours read as loaded) or one article (recovery, neighbours read from the store).
/// </summary>
public sealed class PhotoRunEnrichmentTests : EnrichStageTests
{
    public static TheoryData<bool> WholeBulletin => new() { true, false };

    [Theory]
    [MemberData(nameof(WholeBulletin))]
    public async Task A_photo_that_names_no_place_takes_the_place_of_the_photo_before_it(bool wholeBulletin)
    {
        var code = await EnrichedRegionAsync(wholeBulletin, "00000000000000d4", 2,
            ArticleFactory.Create(null, "在北京展览馆,志愿者为游客指路。"), ArticleFactory.Create(null, "志愿者为游客指路。"));

        Assert.Equal("110000", code);
    }

    [Theory]
    [MemberData(nameof(WholeBulletin))]
    public async Task A_first_photo_that_names_no_place_takes_the_place_of_the_photo_after_it(bool wholeBulletin)
    {
        var code = await EnrichedRegionAsync(wholeBulletin, "00000000000000e5", 1,
            ArticleFactory.Create(null, "志愿者为游客指路。"), ArticleFactory.Create(null, "在北京展览馆,志愿者为游客指路。"));

        Assert.Equal("110000", code);
    }

    [Theory]
    [MemberData(nameof(WholeBulletin))]
    public async Task A_photo_credited_for_the_text_too_takes_the_place_of_the_story_before_it(bool wholeBulletin)
    {
        var code = await EnrichedRegionAsync(wholeBulletin, "00000000000000f6", 2,
            ArticleFactory.Create("志愿服务", "在北京展览馆,志愿者为游客指路。"),
            ArticleFactory.Create(null, "志愿者为游客指路。", byline: new Byline("李明 摄影报道", ["李明"], null, BylineKind.Author)));

        Assert.Equal("110000", code);
    }

    // Stores a bulletin of the items in order, has the item at ordinal `enriched` enriched, and returns its primary region.
    private async Task<string?> EnrichedRegionAsync(bool wholeBulletin, string bulletinId, int enriched, params Article[] items)
    {
        var articles = items.Select((a, i) => a with { Id = $"{bulletinId}-{i + 1:00}", BulletinId = bulletinId, Ordinal = i + 1 }).ToArray();
        var bulletin = ArticleFactory.EmptyBulletin() with { Id = bulletinId, ArticleIds = articles.Select(a => a.Id).ToList() };
        await Stage.Store.Bulletins.PutAsync(bulletin, null, CancellationToken.None);
        foreach (var article in articles) await Stage.Store.Articles.PutAsync(article, null, CancellationToken.None);

        var target = articles[enriched - 1];
        if (wholeBulletin)
        {
            await Stage.Harness.Bus.Publish(new BulletinParsed(bulletinId, articles.Length, BulletinParser.Version));
            Assert.True(await Stage.Harness.Published.Any<BulletinEnriched>(m => m.Context.Message.BulletinId == bulletinId));
        }
        else
        {
            await Stage.Harness.Bus.Publish(new ArticleParsed(target.Id, bulletinId, target.Ordinal));
            Assert.True(await Stage.Harness.Published.Any<ArticleEnriched>(m => m.Context.Message.ArticleId == target.Id));
        }
        return (await Stage.Store.Articles.GetAsync(target.Id))!.Enrichment!.Regions.Primary?.Code;
    }
}
