using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Publish.Webhooks;

namespace Platform.Publish.Tests;

/// <summary>Webhook subscriptions end to end: signed structured CloudEvents to a Kestrel receiver, retries, order, auto-disable, filters, replay.</summary>
public sealed class WebhookTests : IAsyncLifetime
{
    private const string AdminKey = "test-admin-key-0123456789";
    private const string Secret = "receiver-secret-0123456789";
    private readonly PipelineHost _host = new(new Dictionary<string, string?>
    {
        ["Platform:Publish:AdminApiKeys"] = AdminKey,
        ["Platform:Publish:WebhookAllowedHosts"] = "127.0.0.1",
        ["Platform:Publish:WebhookMaxFailures"] = "3",
        ["Platform:Publish:WebhookRetryMinInterval"] = "00:00:00.05",
        ["Platform:Publish:WebhookRetryMaxInterval"] = "00:00:00.2",
        ["Platform:Publish:WebhookInterval"] = "00:00:00.1",
        ["Platform:Publish:WebhookTimeout"] = "00:00:05",
    });

    public async Task InitializeAsync()
    {
        await _host.InitializeAsync();
        _host.Client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", AdminKey);
    }

    public Task DisposeAsync() => _host.DisposeAsync();

    private async Task<string> SubscribeAsync(string url, string pattern)
    {
        var response = await _host.Client.PostAsJsonAsync("v1/subscriptions", new { url, pattern, secret = Secret, description = "test" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(body.TryGetProperty("secret", out _));
        return body.GetProperty("id").GetString()!;
    }

    private async Task<List<Platform.Contracts.Events.PublicEvent>> AppendAsync(params string[] routingKeys)
    {
        var list = new List<Platform.Contracts.Events.PublicEvent>();
        foreach (var key in routingKeys)
        {
            var type = string.Join('.', key.Split('.').Take(2));
            list.Add((await _host.Store.Events.AppendAsync(new NewEvent(Guid.NewGuid().ToString(), type, "s-" + list.Count, key, "{\"n\":" + list.Count + "}"))).Event);
        }
        return list;
    }

    private static Task WaitForAsync(Func<Task<bool>> condition, string what) => Eventually.UntilAsync(condition, TimeSpan.FromSeconds(30), () => what);

    private static List<JsonElement> Delivered(WebhookReceiver receiver) =>
        receiver.Calls.Where(c => c.Status == 200).Select(c => JsonDocument.Parse(c.Body).RootElement).ToList();

    private async Task<JsonElement> GetJsonAsync(string path) => JsonDocument.Parse(await _host.Client.GetStringAsync(path)).RootElement;

    [Fact]
    public async Task Failed_deliveries_are_retried_in_order_and_every_attempt_is_logged()
    {
        await using var receiver = new WebhookReceiver(n => n <= 2 ? 500 : 200);
        await receiver.StartAsync();
        var id = await SubscribeAsync(receiver.Url, "#");
        var events = await AppendAsync("article.published.43.ecology", "bulletin.published", "article.published.11.none");
        await WaitForAsync(() => Task.FromResult(Delivered(receiver).Count >= 3), "three deliveries");

        Assert.Equal(events.Select(e => e.Id), Delivered(receiver).Select(d => d.GetProperty("id").GetString()));
        foreach (var call in receiver.Calls)
        {
            Assert.StartsWith("application/cloudevents+json", call.ContentType, StringComparison.Ordinal);
            Assert.True(WebhookSignature.Verify(Secret, long.Parse(call.Timestamp!, System.Globalization.CultureInfo.InvariantCulture), call.Body, call.Signature));
            Assert.False(WebhookSignature.Verify("another-secret-0123456789", long.Parse(call.Timestamp!, System.Globalization.CultureInfo.InvariantCulture), call.Body, call.Signature));
        }
        var first = Delivered(receiver)[0];
        Assert.Equal("1.0", first.GetProperty("specversion").GetString());
        Assert.Equal("article.published", first.GetProperty("type").GetString());
        Assert.Equal("s-0", first.GetProperty("subject").GetString());
        Assert.Equal("application/json", first.GetProperty("datacontenttype").GetString());
        Assert.Equal(0, first.GetProperty("data").GetProperty("n").GetInt32());
        Assert.Equal(5, receiver.Calls.Count);

        await WaitForAsync(async () => (await GetJsonAsync($"v1/subscriptions/{id}")).GetProperty("cursor").GetInt64() == events[^1].Sequence, "cursor at the end");
        var log = (await GetJsonAsync($"v1/subscriptions/{id}/deliveries")).GetProperty("items").EnumerateArray().Reverse().ToList();
        Assert.Equal([1, 2, 3, 1, 1], log.Select(d => d.GetProperty("attempt").GetInt32()));
        Assert.Equal([500, 500, 200, 200, 200], log.Select(d => d.GetProperty("statusCode").GetInt32()));
        Assert.Equal("HTTP 500", log[0].GetProperty("error").GetString());
        Assert.All(log.Take(3), d => Assert.Equal(events[0].Sequence, d.GetProperty("sequence").GetInt64()));
        Assert.Equal("active", (await GetJsonAsync($"v1/subscriptions/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_receiver_that_always_fails_gets_its_subscription_disabled_with_the_reason()
    {
        await using var receiver = new WebhookReceiver(_ => 503);
        await receiver.StartAsync();
        var id = await SubscribeAsync(receiver.Url, "#");
        await AppendAsync("bulletin.published", "bulletin.published");
        await WaitForAsync(async () => (await GetJsonAsync($"v1/subscriptions/{id}")).GetProperty("status").GetString() == "disabled", "disabled");
        var sub = await GetJsonAsync($"v1/subscriptions/{id}");
        Assert.Contains("3 consecutive failed attempts", sub.GetProperty("disabledReason").GetString(), StringComparison.Ordinal);
        Assert.Contains("HTTP 503", sub.GetProperty("disabledReason").GetString(), StringComparison.Ordinal);
        await Task.Delay(500);
        Assert.Equal(3, receiver.Calls.Count);
        Assert.Equal(3, (await GetJsonAsync($"v1/subscriptions/{id}/deliveries")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Only_events_matching_the_topic_pattern_are_delivered()
    {
        await using var receiver = new WebhookReceiver(_ => 200);
        await receiver.StartAsync();
        var id = await SubscribeAsync(receiver.Url, "article.*.43.#");
        var events = await AppendAsync("article.published.43.ecology", "article.published.11.ecology", "bulletin.published",
            "article.updated.43.none", "article.published.430.none");
        await WaitForAsync(async () => (await GetJsonAsync($"v1/subscriptions/{id}")).GetProperty("cursor").GetInt64() == events[^1].Sequence, "cursor at the end");
        Assert.Equal([events[0].Id, events[3].Id], Delivered(receiver).Select(d => d.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_subscription_replay_delivers_the_events_again_with_the_same_ids()
    {
        await using var receiver = new WebhookReceiver(_ => 200);
        await receiver.StartAsync();
        var id = await SubscribeAsync(receiver.Url, "#");
        var events = await AppendAsync("bulletin.published", "bulletin.rejected", "bulletin.published");
        await WaitForAsync(() => Task.FromResult(Delivered(receiver).Count == 3), "first delivery");
        var replay = await _host.Client.PostAsJsonAsync($"v1/subscriptions/{id}/replay", new { fromSequence = events[1].Sequence });
        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        await WaitForAsync(() => Task.FromResult(Delivered(receiver).Count == 5), "replayed delivery");
        Assert.Equal(events.Select(e => e.Id).Concat(events.Skip(1).Select(e => e.Id)), Delivered(receiver).Select(d => d.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("""{"url":"ftp://127.0.0.1/x","pattern":"#","secret":"0123456789abcdef"}""", "url")]
    [InlineData("""{"url":"http://10.1.2.3/hook","pattern":"#","secret":"0123456789abcdef"}""", "url")]
    [InlineData("""{"url":"http://localhost:9/hook","pattern":"#","secret":"0123456789abcdef"}""", "url")]
    [InlineData("""{"url":"http://[::1]:9/hook","pattern":"#","secret":"0123456789abcdef"}""", "url")]
    [InlineData("""{"url":"https://hooks.example.org/x","pattern":"article..x","secret":"0123456789abcdef"}""", "pattern")]
    [InlineData("""{"url":"https://hooks.example.org/x","pattern":"article.pub*","secret":"0123456789abcdef"}""", "pattern")]
    [InlineData("""{"url":"https://hooks.example.org/x","pattern":"#","secret":"short"}""", "secret")]
    [InlineData("""{"url":"https://hooks.example.org/x","pattern":"#"}""", "secret")]
    public async Task Invalid_subscriptions_are_400_problems_naming_the_field(string body, string field)
    {
        var response = await _host.Client.PostAsync("v1/subscriptions", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("urn:platform:problem:invalid-subscription", problem.GetProperty("type").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Empty(await _host.Store.Subscriptions.ListAsync());
    }

    [Fact]
    public async Task Admin_endpoints_need_the_admin_key()
    {
        using var anonymous = _host.CreateClient();
        var missing = await anonymous.PostAsJsonAsync("v1/subscriptions", new { url = "https://hooks.example.org/x", pattern = "#", secret = Secret });
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Contains("urn:platform:problem:missing-api-key", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        anonymous.DefaultRequestHeaders.Add("X-Api-Key", "wrong-key-0123456789");
        var wrong = await anonymous.DeleteAsync("v1/subscriptions/x");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("urn:platform:problem:invalid-api-key", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("v1/replay", new { fromSequence = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _host.Client.DeleteAsync("v1/subscriptions/nobody")).StatusCode);
    }

    [Fact]
    public async Task Exchange_replay_is_a_conflict_without_broker_dispatch()
    {
        var response = await _host.Client.PostAsJsonAsync("v1/replay", new { fromSequence = 1 });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("urn:platform:problem:broker-dispatch-disabled", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var invalid = await _host.Client.PostAsJsonAsync("v1/replay", new { fromSequence = 1, fromTime = DateTimeOffset.UtcNow });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
    }
}
