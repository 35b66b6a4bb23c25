using System.Text;
using System.Text.Json;
using Platform.Contracts.Public;

namespace Platform.Publish.Tests.Http;

/// <summary>
/// Every read and admin endpoint of publish (and fetch's feed list) answered for real once, on the embedded host with
/// fixed stored documents (Http/stored-documents.json), so the answers do not depend on the parser's or the
/// enricher's current output. Successes and the named problems of each handler are captured in request order.
/// </summary>
public sealed class ApiResponses : IAsyncLifetime
{
    private const string AdminKey = "test-admin-key-0123456789";
    // Nothing listens on port 9 of loopback: the feed's first poll fails at once and stays failed for the hour.
    private const string ClosedFeedUrl = "http://127.0.0.1:9/feed.xml";

    private readonly PipelineHost _host = new(new Dictionary<string, string?>
    {
        ["Platform:Publish:AdminApiKeys"] = AdminKey,
        // Replay to the exchange needs broker dispatch; nothing listens on port 1, so nothing is ever dispatched.
        ["Platform:Publish:DispatchToBroker"] = "true",
        ["Platform:Transport:Port"] = "1",
        ["Platform:Publish:WebhookAllowedHosts"] = "127.0.0.1",
        ["Platform:Publish:WebhookInterval"] = "00:00:00.1",
        // One failed attempt, then an hour's wait: the delivery log holds exactly one row while it is read.
        ["Platform:Publish:WebhookRetryMinInterval"] = "01:00:00",
        ["Platform:Publish:WebhookRetryMaxInterval"] = "01:00:00",
        ["Platform:Fetch:AllowedHosts"] = "127.0.0.1",
        ["Platform:Fetch:FeedBackoffBase"] = "01:00:00",
        ["Platform:Fetch:FeedBackoffMax"] = "01:00:00",
        ["Platform:Fetch:Feeds:0:Id"] = "closed",
        ["Platform:Fetch:Feeds:0:Kind"] = "rss",
        ["Platform:Fetch:Feeds:0:Url"] = ClosedFeedUrl,
        ["Platform:Fetch:Feeds:0:Interval"] = "01:00:00",
    });

    private readonly WebhookReceiver _receiver = new(_ => 500);
    private readonly List<CapturedResponse> _responses = [];

    public IReadOnlyList<CapturedResponse> All => _responses;

    /// <summary>The OpenAPI document the same host serves.</summary>
    public string OpenApiDocument { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await _host.InitializeAsync();
        await _receiver.StartAsync();
        var (bulletin, article) = await StoreDocumentsAsync();
        await AppendAsync(EventTypes.ArticlePublished, article.Id, RoutingKeys.ForArticle(EventTypes.ArticlePublished, article), PublishedArticle.Of(article));
        await AppendAsync(EventTypes.BulletinPublished, bulletin.Id, RoutingKeys.ForBulletin(EventTypes.BulletinPublished), BulletinSummary.Of(bulletin));

        await CaptureAsync("GET", "/v1/articles?limit=1", "/v1/articles");
        await CaptureAsync("GET", "/v1/articles?limit=0", "/v1/articles");
        await CaptureAsync("GET", "/v1/articles?kind=poem", "/v1/articles");
        await CaptureAsync("GET", "/v1/articles?region=4x", "/v1/articles");
        await CaptureAsync("GET", $"/v1/articles/{article.Id}", "/v1/articles/{id}");
        await CaptureAsync("GET", "/v1/articles/nothing-01", "/v1/articles/{id}");
        await CaptureAsync("GET", $"/v1/bulletins/{bulletin.Id}", "/v1/bulletins/{id}");
        await CaptureAsync("GET", "/v1/bulletins/nothing", "/v1/bulletins/{id}");
        await CaptureAsync("GET", "/v1/events?after=0&limit=2", "/v1/events");
        await CaptureAsync("GET", "/v1/events?after=2", "/v1/events");
        await CaptureAsync("GET", "/v1/events?limit=1001", "/v1/events");
        await CaptureAsync("GET", "/v1/events?waitSeconds=61", "/v1/events");

        await CaptureAsync("GET", "/v1/subscriptions", "/v1/subscriptions", admin: false);
        await CaptureAsync("POST", "/v1/subscriptions", "/v1/subscriptions",
            Json(new { url = "ftp://127.0.0.1/x", pattern = "article..x", secret = "short" }));
        await CaptureAsync("POST", "/v1/subscriptions", "/v1/subscriptions", new StringContent("url=x", Encoding.UTF8, "application/x-www-form-urlencoded"));
        var created = await CaptureAsync("POST", "/v1/subscriptions", "/v1/subscriptions",
            Json(new { url = _receiver.Url, pattern = "#", secret = "receiver-secret-0123456789", description = "wire test" }));
        var id = JsonDocument.Parse(created.Body).RootElement.GetProperty("id").GetString()!;
        // A subscription starts at the end of the log: only this event is delivered, and the receiver refuses it.
        await AppendAsync(EventTypes.BulletinRejected, bulletin.Id, RoutingKeys.ForBulletin(EventTypes.BulletinRejected),
            BulletinSummary.Of(bulletin with { Status = PipelineStatus.Rejected, RejectReason = "no articles found" }));
        await Eventually.UntilAsync(async () => (await _host.Store.Subscriptions.ListDeliveriesAsync(id, 10)).Count == 1,
            TimeSpan.FromSeconds(30), () => "the first delivery attempt was not logged");

        await CaptureAsync("GET", "/v1/subscriptions", "/v1/subscriptions");
        await CaptureAsync("GET", $"/v1/subscriptions/{id}", "/v1/subscriptions/{id}");
        await CaptureAsync("GET", "/v1/subscriptions/sub_nobody", "/v1/subscriptions/{id}");
        await CaptureAsync("GET", $"/v1/subscriptions/{id}/deliveries", "/v1/subscriptions/{id}/deliveries");
        await CaptureAsync("GET", $"/v1/subscriptions/{id}/deliveries?limit=0", "/v1/subscriptions/{id}/deliveries");
        await CaptureAsync("GET", "/v1/subscriptions/sub_nobody/deliveries", "/v1/subscriptions/{id}/deliveries");
        await CaptureAsync("POST", $"/v1/subscriptions/{id}/replay", "/v1/subscriptions/{id}/replay", Json(new { fromSequence = 0 }));
        await CaptureAsync("POST", "/v1/subscriptions/sub_nobody/replay", "/v1/subscriptions/{id}/replay", Json(new { fromSequence = 1 }));
        await CaptureAsync("POST", $"/v1/subscriptions/{id}/replay", "/v1/subscriptions/{id}/replay", Json(new { fromSequence = 1 }));
        await CaptureAsync("POST", "/v1/replay", "/v1/replay", Json(new { fromSequence = 1, toSequence = 2 }));
        await CaptureAsync("POST", "/v1/replay", "/v1/replay", Json(new { fromSequence = 1, fromTime = "2020-01-01T00:00:00Z" }));
        await CaptureAsync("POST", "/v1/replay", "/v1/replay", Json(new { fromSequence = 1, pattern = "article..x" }));
        await CaptureAsync("POST", "/v1/replay", "/v1/replay", new StringContent("[]", Encoding.UTF8, "application/json"));
        await CaptureAsync("DELETE", $"/v1/subscriptions/{id}", "/v1/subscriptions/{id}");
        await CaptureAsync("DELETE", $"/v1/subscriptions/{id}", "/v1/subscriptions/{id}");

        await Eventually.UntilAsync(async () => (await GetAsync("/v1/feeds")).Contains("\"state\":\"failing\"", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30), () => "the closed feed was not polled");
        await CaptureAsync("GET", "/v1/feeds", "/v1/feeds");

        OpenApiDocument = await GetAsync("/openapi/v1.json");
    }

    private async Task<(Bulletin Bulletin, Article Article)> StoreDocumentsAsync()
    {
        var path = RepositoryRoot.Combine("tests", "Platform.Publish.Tests", "Http", "stored-documents.json");
        using var fixture = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        var bulletin = fixture.RootElement.GetProperty("bulletin").Deserialize<Bulletin>(DocumentJson.Options)!;
        var article = fixture.RootElement.GetProperty("article").Deserialize<Article>(DocumentJson.Options)!;
        await _host.Store.Bulletins.UpsertAsync(bulletin, 0);
        await _host.Store.Articles.UpsertAsync(article, 0);
        return (bulletin with { Version = 1 }, article with { Version = 1 });
    }

    private Task AppendAsync<T>(string type, string subject, string routingKey, T data) =>
        _host.Store.Events.AppendAsync(new NewEvent($"{type}:{subject}", type, subject, routingKey, JsonSerializer.Serialize(data, DocumentJson.Options)));

    private async Task<CapturedResponse> CaptureAsync(string method, string path, string template, HttpContent? content = null, bool admin = true)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path.TrimStart('/')) { Content = content };
        if (admin) request.Headers.Add("X-Api-Key", AdminKey);
        using var response = await _host.Client.SendAsync(request);
        var captured = new CapturedResponse(method, path, template, (int)response.StatusCode, response.Content.Headers.ContentType?.ToString(),
            await response.Content.ReadAsStringAsync());
        _responses.Add(captured);
        return captured;
    }

    private async Task<string> GetAsync(string path) => await _host.Client.GetStringAsync(path.TrimStart('/'));

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    public async Task DisposeAsync()
    {
        await _receiver.DisposeAsync();
        await _host.DisposeAsync();
    }
}
