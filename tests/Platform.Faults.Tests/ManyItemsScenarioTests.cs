using System.Diagnostics;
using Platform.Contracts.Documents;

namespace Platform.Faults.Tests;

/// <summary>
/// Issue 13 "Smaller": a bulletin of more than 500 items never completed, because the completeness check read one
/// page of the store. A generated page of PLATFORM_FAULTS_ITEMS stories (620) goes through the four services as
/// processes on real RabbitMQ: the bulletin is published with every article, each event on the exchange once.
/// </summary>
[Collection(ProcessScenarios.Name)]
public sealed class ManyItemsScenarioTests(ITestOutputHelper output)
{
    private static int Items => int.TryParse(Environment.GetEnvironmentVariable("PLATFORM_FAULTS_ITEMS"), out var n) && n > 500 ? n : 620;

    [Fact]
    public async Task A_bulletin_of_more_than_500_items_completes_with_every_article_published_once()
    {
        await using var pipeline = await ServicePipeline.StartAsync();
        var tap = await ExchangeTap.BindAsync(pipeline.Exchange);
        var clock = Stopwatch.StartNew();
        var id = await pipeline.PushAsync(ManyItemsBulletin.Text(Items));
        var (counts, completed) = await ScenarioOutcome.MeasureAsync(pipeline, [id], tap, clock, TimeSpan.FromMinutes(4), $"one bulletin of {Items} items");
        var bulletin = (await pipeline.Store.Bulletins.GetAsync(id))!;
        var published = await pipeline.Store.Articles.ListIdsAsync(id, PipelineStatus.Published);
        output.WriteLine(counts.Summary(completed) + $"; items {bulletin.ArticleIds.Count}, articles published {published.Count}");

        Assert.Equal(Items, bulletin.ArticleIds.Count);
        Assert.Equal(bulletin.ArticleIds.Order(StringComparer.Ordinal), published.Order(StringComparer.Ordinal));
        counts.AssertNothingLostStrandedOrDuplicated();
        counts.AssertErrorQueues();
    }
}
