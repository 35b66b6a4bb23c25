using System.Net;
using Platform.Contracts.Documents;
using Platform.Storage;

namespace Platform.Integration.Tests;

/// <summary>
/// The four services as separate OS processes on the real local RabbitMQ and one shared SQLite file:
/// bulletins pushed over HTTP come out as published articles and public events; killing parse mid-run loses nothing.
/// </summary>
public sealed class DistributedPipelineTests : IAsyncLifetime
{
    private static readonly string[] Services = ["Fetch", "Parse", "Enrich", "Publish"];
    private ServicePipeline _pipeline = null!;

    public async Task InitializeAsync() => _pipeline = await ServicePipeline.StartAsync();

    public async Task DisposeAsync() => await _pipeline.DisposeAsync();

    [Fact]
    public async Task Seeds_pushed_to_fetch_are_published_with_one_public_event_per_article_and_parse_can_crash_without_loss()
    {
        await using var listener = await PublicEventListener.StartAsync(LocalBroker.VirtualHost, _pipeline.Exchange, "#");
        var store = _pipeline.Store;
        var seeds = ServicePipeline.SeedTexts();

        var seedIds = new List<string>();
        foreach (var seed in seeds) seedIds.Add(await _pipeline.PushAsync(seed, HttpStatusCode.Accepted));
        await _pipeline.WaitUntilPublishedAsync(seedIds, TimeSpan.FromSeconds(120));

        // Variations of the seeds; parse is killed while they are in flight, then restarted.
        var variationIds = new List<string>();
        for (var i = 0; i < 15; i++)
        {
            variationIds.Add(await _pipeline.PushAsync(seeds[i % seeds.Count] + $"\n\n第{i + 1}次推送的补充说明。", HttpStatusCode.Accepted));
        }
        await _pipeline.RestartAsync("Parse");
        await _pipeline.WaitUntilPublishedAsync(variationIds, TimeSpan.FromSeconds(180));

        // A duplicate push changes nothing.
        Assert.Equal(seedIds[0], await _pipeline.PushAsync(seeds[0], HttpStatusCode.OK));
        var allIds = seedIds.Concat(variationIds).ToArray();
        var articleIds = new List<string>();
        foreach (var id in allIds)
        {
            var bulletin = (await store.Bulletins.GetAsync(id))!;
            Assert.Equal(PipelineStatus.Published, bulletin.Status);
            var articles = (await store.Articles.QueryAsync(new ArticleQuery(BulletinId: id, Limit: 500))).Items;
            Assert.Equal(bulletin.ArticleIds, articles.Select(a => a.Id));
            Assert.All(articles, a => Assert.Equal(PipelineStatus.Published, a.Status));
            articleIds.AddRange(bulletin.ArticleIds);
        }
        Assert.True(articleIds.Count >= allIds.Length, "every bulletin yields at least one item");

        await Eventually.UntilAsync(() => Task.FromResult(listener.Received.Count(e => e.Type == "bulletin.published") >= allIds.Length), TimeSpan.FromSeconds(60),
            () => $"{listener.Received.Count(e => e.Type == "bulletin.published")} of {allIds.Length} bulletin.published events received");
        await Task.Delay(1000); // Let any duplicate delivery arrive before counting.
        var articleEvents = listener.Received.Where(e => e.Type == "article.published").ToArray();
        Assert.Equal(articleIds.Order(StringComparer.Ordinal), articleEvents.Select(e => e.Subject!).Order(StringComparer.Ordinal));
        Assert.Equal(allIds.Order(StringComparer.Ordinal), listener.Received.Where(e => e.Type == "bulletin.published").Select(e => e.Subject!).Order(StringComparer.Ordinal));
        Assert.All(articleEvents, e =>
        {
            Assert.Equal("1.0", e.Headers["cloudEvents:specversion"]);
            Assert.StartsWith("article.published.", e.RoutingKey, StringComparison.Ordinal);
            Assert.Contains("\"bulletinId\"", e.Body, StringComparison.Ordinal);
        });
        Assert.Equal(articleEvents.Length, articleEvents.Select(e => e.Headers["cloudEvents:id"]).Distinct().Count());
    }

    [Fact]
    public async Task Ready_is_503_while_the_broker_is_unreachable_and_the_service_keeps_running()
    {
        foreach (var service in Services)
        {
            var env = _pipeline.Environment();
            env["Platform__Transport__Port"] = "1"; // Nothing listens there: the broker is "down" for this process.
            await using var process = new ServiceProcess(service, env);
            process.Start();
            await process.WaitForReadyAsync(HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(60));
            using var http = new HttpClient { BaseAddress = process.BaseAddress };
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("health/live")).StatusCode);
            await Task.Delay(2000);
            Assert.False(process.HasExited, $"{service} must not crash without a broker:\n{process.Output}");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync("health/ready")).StatusCode);
        }
        foreach (var p in _pipeline.Processes) await p.WaitForReadyAsync(HttpStatusCode.OK, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Ready_is_503_while_the_mongodb_store_is_unreachable_and_the_service_keeps_running()
    {
        var env = _pipeline.Environment();
        env["Platform__Store__Kind"] = "mongodb";
        env["Platform__Store__MongoUri"] = "mongodb://127.0.0.1:1/";
        env["Platform__Store__ServerSelectionTimeout"] = "00:00:01";
        await using var process = new ServiceProcess("Publish", env);
        process.Start();
        await process.WaitForReadyAsync(HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(60));
        await Task.Delay(3000);
        Assert.False(process.HasExited, process.Output);
        using var http = new HttpClient { BaseAddress = process.BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("health/live")).StatusCode);
        Assert.Contains("Store not reachable", process.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_configuration_stops_start_up_naming_the_setting()
    {
        var env = _pipeline.Environment();
        env["Platform__Transport__PrefetchCount"] = "0";
        await using var process = new ServiceProcess("Parse", env);
        process.Start();
        Assert.True(await process.WaitForExitAsync(TimeSpan.FromSeconds(60)), "the process must stop");
        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains("Platform:Transport:PrefetchCount", process.Output, StringComparison.Ordinal);
    }
}
