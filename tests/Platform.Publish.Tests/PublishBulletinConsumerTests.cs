using Platform.Contracts.Messages;
using Platform.Contracts.Public;

namespace Platform.Publish.Tests;

/// <summary>The publish consumer of whole bulletins, the pipeline's path, on MassTransit's test harness over SQLite.</summary>
public sealed class PublishBulletinConsumerTests : PublishStageTests
{
    [Theory]
    [InlineData(5)]
    [InlineData(PublishBulletinConsumer.ArticlesAtOnce * 2 + 3)]
    public async Task An_enriched_bulletin_has_every_article_published_and_announced_then_the_bulletin_last_and_a_redelivery_appends_nothing(int articles)
    {
        var bulletin = await StoreBulletinAsync("00000000000000a7", articles, _ => PipelineStatus.Enriched);

        await Stage.Harness.Bus.Publish(new BulletinEnriched(bulletin.Id, bulletin.ParserVersion));
        // Waited on the bulletin's event, not its status: the status is written first, then the event appended.
        await Eventually.UntilAsync(async () => (await Stage.Store.Events.ReadAsync(0, 1000)).Any(e => e.Type == EventTypes.BulletinPublished),
            TimeSpan.FromSeconds(30), () => "the bulletin was not published");
        var events = await Stage.Store.Events.ReadAsync(0, 1000);
        Assert.Equal(bulletin.ArticleIds.Order(StringComparer.Ordinal), events.Where(e => e.Type == EventTypes.ArticlePublished).Select(e => e.Subject).Order(StringComparer.Ordinal));
        Assert.Equal(EventTypes.BulletinPublished, events[^1].Type);
        foreach (var id in bulletin.ArticleIds) Assert.Equal(PipelineStatus.Published, (await Stage.Store.Articles.GetAsync(id))!.Status);

        await Stage.Harness.Bus.Publish(new BulletinEnriched(bulletin.Id, bulletin.ParserVersion));
        await Eventually.UntilAsync(() => Task.FromResult(Stage.Harness.Consumed.Select<BulletinEnriched>().Count() == 2), TimeSpan.FromSeconds(30),
            () => "the redelivery was not consumed");
        Assert.Equal(events.Count, (await Stage.Store.Events.ReadAsync(0, 1000)).Count);
    }

    [Fact]
    public async Task A_bulletin_with_an_article_reset_by_a_newer_parse_publishes_the_others_and_waits_for_that_parse()
    {
        var bulletin = await StoreBulletinAsync("00000000000000b8", 3, i => i == 1 ? PipelineStatus.Parsed : PipelineStatus.Enriched);

        await Stage.Harness.Bus.Publish(new BulletinEnriched(bulletin.Id, bulletin.ParserVersion));
        Assert.True(await Stage.Harness.Consumed.Any<BulletinEnriched>(m => m.Context.Message.BulletinId == bulletin.Id));
        var events = await Stage.Store.Events.ReadAsync(0, 100);
        Assert.Equal([bulletin.ArticleIds[0], bulletin.ArticleIds[2]], events.Select(e => e.Subject).Order(StringComparer.Ordinal));
        Assert.Equal(PipelineStatus.Parsed, (await Stage.Store.Articles.GetAsync(bulletin.ArticleIds[1]))!.Status);
        Assert.NotEqual(PipelineStatus.Published, (await Stage.Store.Bulletins.GetAsync(bulletin.Id))!.Status);
    }
}
