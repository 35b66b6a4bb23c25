using Platform.Contracts.Messages;
using Platform.Contracts.Public;

namespace Platform.Publish.Tests;

/// <summary>The publish consumer of single articles (recovery, redrive, earlier versions' messages) on MassTransit's test harness over SQLite.</summary>
public sealed class PublishArticleConsumerTests : PublishStageTests
{
    [Fact]
    public async Task A_bulletin_of_more_items_than_one_query_page_is_published_when_its_last_article_is()
    {
        // 600 items: more than the 500 one page of the store returns, which once left such bulletins unpublished.
        // The first 599 were published by earlier messages, each with its event.
        var bulletin = await StoreBulletinAsync("00000000000000d4", 600, i => i == 599 ? PipelineStatus.Enriched : PipelineStatus.Published);

        await Stage.Harness.Bus.Publish(new ArticleEnriched(bulletin.ArticleIds[^1], bulletin.Id));
        // Waited on the store, not the harness first: the harness's own timeout runs from its start, and 599 event
        // appends of set-up on a loaded machine could use it up before the message was consumed.
        await Eventually.UntilAsync(async () => (await Stage.Store.Bulletins.GetAsync(bulletin.Id))!.Status == PipelineStatus.Published,
            TimeSpan.FromSeconds(30), () => "the bulletin was not published");
        // The bulletin is marked before the consumer returns, and once set-up has left the harness idle past its
        // inactivity timeout, Consumed.Any answers at once; so the consume record is waited for too.
        await Eventually.UntilAsync(() => Stage.Harness.Consumed.Any<ArticleEnriched>(), TimeSpan.FromSeconds(30),
            () => "the harness never recorded the message as consumed");
        var events = await Stage.Store.Events.ReadAsync(0, 1000);
        Assert.Equal(600, events.Count(e => e.Type == EventTypes.ArticlePublished));
        Assert.Single(events, e => e.Type == EventTypes.BulletinPublished && e.Subject == bulletin.Id);
        Assert.Single(events, e => e.Type == EventTypes.ArticlePublished && e.Subject == bulletin.ArticleIds[^1]);
    }

    [Fact]
    public async Task An_article_reset_by_a_newer_parse_is_left_to_that_parse()
    {
        var article = PublishPolicyTests.StoredArticle(PipelineStatus.Parsed, "00000000000000e5-01", "00000000000000e5");
        await Stage.Store.Articles.PutAsync(article, null, CancellationToken.None);
        await Stage.Harness.Bus.Publish(new ArticleEnriched(article.Id, article.BulletinId));
        Assert.True(await Stage.Harness.Consumed.Any<ArticleEnriched>(m => m.Context.Message.ArticleId == article.Id));
        Assert.Equal(PipelineStatus.Parsed, (await Stage.Store.Articles.GetAsync(article.Id))!.Status);
        Assert.Empty(await Stage.Store.Events.ReadAsync(0, 10));
    }
}
