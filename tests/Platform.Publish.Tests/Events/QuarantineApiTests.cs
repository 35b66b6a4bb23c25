using System.Net;
using System.Text.Json;

namespace Platform.Publish.Tests.Events;

/// <summary>GET /v1/admin/quarantine and POST /v1/admin/quarantine/{sequence}/release, behind the admin key.</summary>
public sealed class QuarantineApiTests : IAsyncLifetime
{
    private const string AdminKey = "test-admin-key-0123456789";
    private readonly PipelineHost _host = new(new Dictionary<string, string?> { ["Platform:Publish:AdminApiKeys"] = AdminKey });

    public async Task InitializeAsync()
    {
        await _host.InitializeAsync();
        _host.Client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
    }

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Quarantined_events_are_listed_with_their_reason_and_a_released_one_is_back_in_the_outbox()
    {
        var first = (await _host.Store.Events.AppendAsync(new NewEvent("k1", "article.published", "a-01", "article.published.00.none", "{}"))).Event;
        var big = (await _host.Store.Events.AppendAsync(new NewEvent("k2", "article.published", "a-02", "article.published.00.none", "{}"))).Event;
        await _host.Store.Events.MarkDispatchedAsync([first.Sequence]);
        await _host.Store.Events.QuarantineAsync(big.Sequence, "body of 20000000 bytes is over the broker's maximum message size", DateTimeOffset.UtcNow);

        var listed = JsonDocument.Parse(await _host.Client.GetStringAsync("v1/admin/quarantine")).RootElement.GetProperty("events");
        var entry = Assert.Single(listed.EnumerateArray());
        Assert.Equal((big.Sequence, big.Id, "a-02"), (entry.GetProperty("sequence").GetInt64(), entry.GetProperty("eventId").GetString(), entry.GetProperty("subject").GetString()));
        Assert.Contains("maximum message size", entry.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Empty(await _host.Store.Events.ListUndispatchedAsync(10));

        var released = await _host.Client.PostAsync($"v1/admin/quarantine/{big.Sequence}/release", null);
        Assert.Equal(HttpStatusCode.Accepted, released.StatusCode);
        Assert.Equal([big.Sequence], (await _host.Store.Events.ListUndispatchedAsync(10)).Select(e => e.Sequence));
        Assert.Empty(JsonDocument.Parse(await _host.Client.GetStringAsync("v1/admin/quarantine")).RootElement.GetProperty("events").EnumerateArray());

        var again = await _host.Client.PostAsync($"v1/admin/quarantine/{big.Sequence}/release", null);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("urn:platform:problem:not-found", JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized, "missing-api-key")]
    [InlineData("not-the-admin-key-0000", HttpStatusCode.Unauthorized, "invalid-api-key")]
    public async Task Without_the_admin_key_the_quarantine_is_refused(string? key, HttpStatusCode status, string problem)
    {
        using var client = _host.CreateClient();
        if (key is not null) client.DefaultRequestHeaders.Add("X-Api-Key", key);
        var response = await client.GetAsync("v1/admin/quarantine");
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("urn:platform:problem:" + problem, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_limit_out_of_range_is_a_problem()
    {
        var response = await _host.Client.GetAsync("v1/admin/quarantine?limit=0");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
