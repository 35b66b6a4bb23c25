using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Platform.Contracts.Documents;
using Platform.Storage;
using Platform.Storage.Sqlite;

namespace Platform.Integration.Tests;

/// <summary>
/// The four services as separate OS processes on the real local RabbitMQ and one shared SQLite file:
/// bulletins pushed over HTTP come out as published articles and public events; killing parse mid-run loses nothing.
/// </summary>
public sealed class DistributedPipelineTests : IAsyncLifetime
{
    private const string ApiKey = "integration-test-key-0123456789";
    private static readonly string[] Services = ["Fetch", "Parse", "Enrich", "Publish"];
    private readonly string _dir = Directory.CreateTempSubdirectory("platform-it-").FullName;
    private readonly string _exchange = "bulletins.events.it" + Guid.NewGuid().ToString("N")[..8];
    private readonly Dictionary<string, ServiceProcess> _processes = [];

    private Dictionary<string, string> Environment() => new()
    {
        ["Platform__Transport__Kind"] = "rabbitmq",
        ["Platform__Transport__Host"] = "127.0.0.1",
        ["Platform__Transport__VirtualHost"] = LocalBroker.VirtualHost,
        ["Platform__Transport__RetryMinInterval"] = "00:00:00.100",
        ["Platform__Transport__RetryMaxInterval"] = "00:00:02",
        ["Platform__Store__Kind"] = "sqlite",
        ["Platform__Store__SqlitePath"] = Path.Combine(_dir, "platform.db"),
        ["Platform__Fetch__ApiKeys"] = "integration=" + ApiKey,
        ["Platform__Publish__Exchange"] = _exchange,
        ["Platform__Publish__OutboxInterval"] = "00:00:00.200",
    };

    public async Task InitializeAsync()
    {
        foreach (var service in Services)
        {
            var process = new ServiceProcess(service, Environment());
            _processes[service] = process;
            process.Start();
        }
        await Task.WhenAll(_processes.Values.Select(p => p.WaitForReadyAsync(HttpStatusCode.OK, TimeSpan.FromSeconds(90))));
    }

    public async Task DisposeAsync()
    {
        foreach (var p in _processes.Values) await p.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Seeds_pushed_to_fetch_are_published_with_one_public_event_per_article_and_parse_can_crash_without_loss()
    {
        await using var listener = await PublicEventListener.StartAsync(LocalBroker.VirtualHost, _exchange, "#");
        using var http = new HttpClient { BaseAddress = _processes["Fetch"].BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        var store = new SqliteDocumentStore(Path.Combine(_dir, "platform.db"));

        var seedIds = new List<string>();
        foreach (var seed in Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            seedIds.Add(await PushAsync(http, await File.ReadAllTextAsync(seed), HttpStatusCode.Accepted));
        }
        await WaitUntilPublishedAsync(store, seedIds, TimeSpan.FromSeconds(120));

        // Variations of the seeds; parse is killed while they are in flight, then restarted.
        var variationIds = new List<string>();
        var seeds = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        for (var i = 0; i < 15; i++)
        {
            variationIds.Add(await PushAsync(http, seeds[i % seeds.Length] + $"\n\n第{i + 1}次推送的补充说明。", HttpStatusCode.Accepted));
        }
        _processes["Parse"].Kill();
        var restarted = new ServiceProcess("Parse", Environment());
        _processes["Parse"] = restarted;
        restarted.Start();
        await restarted.WaitForReadyAsync(HttpStatusCode.OK, TimeSpan.FromSeconds(90));
        await WaitUntilPublishedAsync(store, variationIds, TimeSpan.FromSeconds(180));

        // A duplicate push changes nothing.
        Assert.Equal(seedIds[0], await PushAsync(http, seeds[0], HttpStatusCode.OK));

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

        await WaitForAsync(() => listener.Received.Count(e => e.Type == "bulletin.published") >= allIds.Length, TimeSpan.FromSeconds(60));
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
            var env = Environment();
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
        foreach (var p in _processes.Values) await p.WaitForReadyAsync(HttpStatusCode.OK, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Ready_is_503_while_the_mongodb_store_is_unreachable_and_the_service_keeps_running()
    {
        var env = Environment();
        env["Platform__Store__Kind"] = "mongodb";
        env["Platform__Store__MongoUri"] = "mongodb://127.0.0.1:1/";
        env["Platform__Store__ServerSelectionTimeout"] = "00:00:01";
        await using var process = new ServiceProcess("Publish", env);
        process.Start();
        await process.WaitForReadyAsync(HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(60));
        await Task.Delay(3000);
        Assert.False(process.HasExited, process.Output);
        using var http = new HttpClient { BaseAddress = process.BaseAddress };
        var body = await http.GetStringAsync("health/live");
        Assert.NotNull(body);
        Assert.Contains("Store not reachable", process.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_configuration_stops_start_up_naming_the_setting()
    {
        var env = Environment();
        env["Platform__Transport__PrefetchCount"] = "0";
        await using var process = new ServiceProcess("Parse", env);
        process.Start();
        Assert.True(await process.WaitForExitAsync(TimeSpan.FromSeconds(60)), "the process must stop");
        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains("Platform:Transport:PrefetchCount", process.Output, StringComparison.Ordinal);
    }

    private static async Task<string> PushAsync(HttpClient http, string text, HttpStatusCode expected)
    {
        using var content = new StringContent(text, Encoding.UTF8, "text/plain");
        using var response = await http.PostAsync("v1/bulletins", content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"push answered {response.StatusCode}: {body}");
        using var json = System.Text.Json.JsonDocument.Parse(body);
        return json.RootElement.GetProperty("id").GetString()!;
    }

    private static async Task WaitUntilPublishedAsync(IDocumentStore store, IEnumerable<string> ids, TimeSpan timeout)
    {
        var pending = ids.ToList();
        await WaitForAsync(async () =>
        {
            foreach (var id in pending.ToArray())
            {
                if ((await store.Bulletins.GetAsync(id))?.Status == PipelineStatus.Published) pending.Remove(id);
            }
            return pending.Count == 0;
        }, timeout, () => $"not published: {string.Join(", ", pending)}");
    }

    private static Task WaitForAsync(Func<bool> condition, TimeSpan timeout) =>
        WaitForAsync(() => Task.FromResult(condition()), timeout, () => "condition not met");

    private static async Task WaitForAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<string> describe)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > timeout) throw new TimeoutException($"after {timeout}: {describe()}");
            await Task.Delay(200);
        }
    }
}
