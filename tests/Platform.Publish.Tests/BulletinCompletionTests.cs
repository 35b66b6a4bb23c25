using Platform.Contracts.Messages;
using Platform.Contracts.Public;

namespace Platform.Publish.Tests;

/// <summary>Publishing a complete bulletin when another consumer writes it at the same moment.</summary>
public sealed class BulletinCompletionTests : PublishStageTests
{
    [Fact]
    public async Task Losing_the_race_to_publish_a_bulletin_is_resolved_by_reloading_not_by_an_exception()
    {
        var bulletin = await StoreBulletinAsync("00000000000000f1", 2, _ => PipelineStatus.Published);
        // The rival is the consumer of the bulletin's other article: it published the bulletin first.
        var racing = new RacingBulletinStore(Stage.Store, b => b with { Status = PipelineStatus.Published });
        var completion = new BulletinCompletion(racing, AppenderOver(racing));

        await completion.PublishWhenCompleteAsync(bulletin.Id, CancellationToken.None);

        var stored = (await Stage.Store.Bulletins.GetAsync(bulletin.Id))!;
        Assert.Equal(PipelineStatus.Published, stored.Status);
        Assert.Equal(2, stored.Version);
        Assert.Single(await Stage.Store.Events.ReadAsync(0, 100), e => e.Type == EventTypes.BulletinPublished);
    }

    [Fact]
    public async Task A_bulletin_that_keeps_changing_is_left_to_the_message_retry_after_bounded_reloads()
    {
        var bulletin = await StoreBulletinAsync("00000000000000f2", 2, _ => PipelineStatus.Published);
        // A rival that rewrites the bulletin before every write this consumer tries.
        var racing = new RacingBulletinStore(Stage.Store, b => b, races: int.MaxValue);
        var completion = new BulletinCompletion(racing, AppenderOver(racing));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => completion.PublishWhenCompleteAsync(bulletin.Id, CancellationToken.None));
        Assert.DoesNotContain(await Stage.Store.Events.ReadAsync(0, 100), e => e.Type == EventTypes.BulletinPublished);
        Assert.Equal(1 + BulletinCompletion.MaxAttempts, (await Stage.Store.Bulletins.GetAsync(bulletin.Id))!.Version);
    }

    [Fact]
    public async Task Articles_of_one_bulletin_finishing_at_once_all_count_and_the_bulletin_is_published_once()
    {
        var bulletins = new List<Bulletin>();
        for (var i = 0; i < 12; i++) bulletins.Add(await StoreBulletinAsync($"00000000000001{i:x2}", 2, _ => PipelineStatus.Enriched));

        await Task.WhenAll(bulletins.SelectMany(b => b.ArticleIds.Select(id => Stage.Harness.Bus.Publish(new ArticleEnriched(id, b.Id)))));

        await Eventually.UntilAsync(async () => (await Stage.Store.Events.ReadAsync(0, 1000)).Count(e => e.Type == EventTypes.BulletinPublished) == bulletins.Count,
            TimeSpan.FromSeconds(60), () => "not every bulletin was published");
        var events = await Stage.Store.Events.ReadAsync(0, 1000);
        foreach (var b in bulletins)
        {
            Assert.Single(events, e => e.Type == EventTypes.BulletinPublished && e.Subject == b.Id);
            Assert.All(b.ArticleIds, id => Assert.Single(events, e => e.Type == EventTypes.ArticlePublished && e.Subject == id));
            Assert.Equal(PipelineStatus.Published, (await Stage.Store.Bulletins.GetAsync(b.Id))!.Status);
        }
        Assert.DoesNotContain(Stage.Harness.Consumed.Select<ArticleEnriched>(), m => m.Exception is not null);
    }

    [Fact]
    public async Task A_bulletin_whose_articles_are_all_published_waits_for_the_event_of_the_last_one()
    {
        // Both articles are marked published; the consumer of the second has not appended its event yet.
        var bulletin = await StoreBulletinAsync("00000000000000f3", 2, _ => PipelineStatus.Published, announce: 1);
        var appender = AppenderOver(Stage.Store);
        var completion = new BulletinCompletion(Stage.Store, appender);

        await completion.PublishWhenCompleteAsync(bulletin.Id, CancellationToken.None);

        Assert.DoesNotContain(await Stage.Store.Events.ReadAsync(0, 100), e => e.Type == EventTypes.BulletinPublished);
        Assert.Equal(PipelineStatus.Parsed, (await Stage.Store.Bulletins.GetAsync(bulletin.Id))!.Status);

        // That consumer appends its event and then completes the bulletin, after its own event.
        await appender.AppendArticleAsync((await Stage.Store.Articles.GetAsync(bulletin.ArticleIds[1]))!, CancellationToken.None);
        await completion.PublishWhenCompleteAsync(bulletin.Id, CancellationToken.None);

        var events = await Stage.Store.Events.ReadAsync(0, 100);
        var announced = Assert.Single(events, e => e.Type == EventTypes.BulletinPublished);
        Assert.Equal(2, events.Count(e => e.Type == EventTypes.ArticlePublished));
        Assert.True(announced.Sequence > events.Where(e => e.Type == EventTypes.ArticlePublished).Max(e => e.Sequence));
        Assert.Equal(PipelineStatus.Published, (await Stage.Store.Bulletins.GetAsync(bulletin.Id))!.Status);
    }
}
