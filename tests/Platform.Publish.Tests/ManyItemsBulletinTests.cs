using Platform.Contracts.Public;

namespace Platform.Publish.Tests;

/// <summary>
/// A bulletin with more items than one store page (500) completes end to end (issue 13, smaller list): every item is
/// published, and the bulletin is announced once, after the last of them.
/// </summary>
public sealed class ManyItemsBulletinTests : EmbeddedPipelineTest
{
    private const int OnePage = 500;

    [Fact]
    public async Task A_bulletin_of_more_than_five_hundred_items_is_published_with_every_item()
    {
        var id = await Host.IngestAsync(ManyItemsBulletin.Text(620));

        var bulletin = (await Eventually.ValueAsync(() => Host.Store.Bulletins.GetAsync(id), b => b?.Status == PipelineStatus.Published,
            TimeSpan.FromMinutes(5), b => $"{id} is {b?.Status} with {b?.ArticleIds.Count} items"))!;
        Assert.True(bulletin.ArticleIds.Count > OnePage, $"the page parsed into {bulletin.ArticleIds.Count} items, not more than {OnePage}");

        var published = await Host.Store.Articles.ListIdsAsync(id, PipelineStatus.Published);
        Assert.Equal(bulletin.ArticleIds.Order(StringComparer.Ordinal), published.Order(StringComparer.Ordinal));

        // The bulletin's status is written before its event is appended: wait for the event, not only the status.
        var events = await Eventually.ValueAsync(() => Host.Store.Events.ReadAsync(0, 10_000), e => e.Any(x => x.Type == EventTypes.BulletinPublished),
            TimeSpan.FromSeconds(30), e => $"no bulletin.published among {e.Count} events");
        Assert.Equal(bulletin.ArticleIds.Count, events.Count(e => e.Type == EventTypes.ArticlePublished));
        var announced = Assert.Single(events, e => e.Type == EventTypes.BulletinPublished);
        Assert.True(announced.Sequence > events.Where(e => e.Type == EventTypes.ArticlePublished).Max(e => e.Sequence), "the bulletin was announced before its last item");
    }
}
