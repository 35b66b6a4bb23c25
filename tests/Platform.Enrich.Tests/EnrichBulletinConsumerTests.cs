using Platform.Contracts.Documents;
using Platform.Contracts.Messages;
using Platform.Parsing;

namespace Platform.Enrich.Tests;

/// <summary>The enrich consumer of whole bulletins, the pipeline's path, on MassTransit's test harness over SQLite.</summary>
public sealed class EnrichBulletinConsumerTests : EnrichStageTests
{
    [Fact]
    public async Task Every_article_of_a_parsed_bulletin_is_enriched_and_the_bulletin_announced_once_and_a_redelivery_changes_nothing()
    {
        var parsed = await StoreParsedAsync("003", "00000000000000c3");
        Assert.True(parsed.Articles.Count > 1);

        await Stage.Harness.Bus.Publish(new BulletinParsed(parsed.Bulletin.Id, parsed.Articles.Count, BulletinParser.Version));
        Assert.True(await Stage.Harness.Published.Any<BulletinEnriched>(m => m.Context.Message.BulletinId == parsed.Bulletin.Id));
        var versions = new List<long>();
        foreach (var article in parsed.Articles)
        {
            var enriched = (await Stage.Store.Articles.GetAsync(article.Id))!;
            Assert.Equal(PipelineStatus.Enriched, enriched.Status);
            Assert.NotNull(enriched.Enrichment);
            versions.Add(enriched.Version);
        }
        Assert.False(Stage.Harness.Published.Select<ArticleEnriched>().Any());

        await Stage.Harness.Bus.Publish(new BulletinParsed(parsed.Bulletin.Id, parsed.Articles.Count, BulletinParser.Version));
        await Eventually.UntilAsync(() => Task.FromResult(Stage.Harness.Published.Select<BulletinEnriched>().Count() == 2), TimeSpan.FromSeconds(30),
            () => "the redelivered bulletin was not announced again");
        foreach (var (article, version) in parsed.Articles.Zip(versions))
        {
            Assert.Equal(version, (await Stage.Store.Articles.GetAsync(article.Id))!.Version);
        }
    }

    [Fact]
    public async Task A_rejected_bulletin_is_neither_enriched_nor_announced()
    {
        var parsed = await StoreParsedAsync("003", "00000000000000c4", b => b with { Status = PipelineStatus.Rejected, RejectReason = "test" });

        await Stage.Harness.Bus.Publish(new BulletinParsed(parsed.Bulletin.Id, parsed.Articles.Count, BulletinParser.Version));
        Assert.True(await Stage.Harness.Consumed.Any<BulletinParsed>(m => m.Context.Message.BulletinId == parsed.Bulletin.Id));
        Assert.False(Stage.Harness.Published.Select<BulletinEnriched>().Any());
        Assert.Equal(PipelineStatus.Parsed, (await Stage.Store.Articles.GetAsync(parsed.Articles[0].Id))!.Status);
    }
}
