using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Publish.Tests;

/// <summary>
/// POST /v1/replay with broker dispatch on. The broker port is one nothing listens on, so the outbox
/// dispatcher keeps failing and never marks anything dispatched: what is undispatched is what replay marked.
/// </summary>
public sealed class ReplayTests : IAsyncLifetime
{
    private const string AdminKey = "test-admin-key-0123456789";
    private readonly PipelineHost _host = new(new Dictionary<string, string?>
    {
        ["Platform:Publish:AdminApiKeys"] = AdminKey,
        ["Platform:Publish:DispatchToBroker"] = "true",
        ["Platform:Transport:Port"] = "1",
    });

    public async Task InitializeAsync()
    {
        await _host.InitializeAsync();
        _host.Client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
    }

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Replay_puts_the_selected_events_back_into_the_outbox()
    {
        var sequences = new List<long>();
        foreach (var key in new[] { "article.published.43.x", "bulletin.published", "article.published.11.x", "article.updated.43.x", "bulletin.published" })
        {
            var type = string.Join('.', key.Split('.').Take(2));
            sequences.Add((await _host.Store.Events.AppendAsync(new NewEvent(Guid.NewGuid().ToString(), type, "s", key, "{}"))).Event.Sequence);
        }
        await _host.Store.Events.MarkDispatchedAsync(sequences);

        var response = await _host.Client.PostAsJsonAsync("v1/replay", new { fromSequence = sequences[1], toSequence = sequences[3], pattern = "article.#" });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(2, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("replayed").GetInt64());
        Assert.Equal([sequences[2], sequences[3]], (await _host.Store.Events.ListUndispatchedAsync(10)).Select(e => e.Sequence));

        var byType = await _host.Client.PostAsJsonAsync("v1/replay", new { fromTime = DateTimeOffset.UtcNow.AddMinutes(-5), types = new[] { "bulletin.published" } });
        Assert.Equal(2, JsonDocument.Parse(await byType.Content.ReadAsStringAsync()).RootElement.GetProperty("replayed").GetInt64());
        Assert.Equal([sequences[1], sequences[2], sequences[3], sequences[4]], (await _host.Store.Events.ListUndispatchedAsync(10)).Select(e => e.Sequence));
    }
}
