namespace Platform.Publish.Tests.Events;

/// <summary>A broker outage is no refusal: with the broker unreachable the dispatcher keeps events in the outbox and quarantines none.</summary>
public sealed class DispatcherOutageTests : IAsyncLifetime
{
    private readonly PipelineHost _host = new(new Dictionary<string, string?>
    {
        ["Platform:Publish:DispatchToBroker"] = "true",
        ["Platform:Publish:QuarantineAfterRefusals"] = "1",
        ["Platform:Transport:Port"] = "1",
    });

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Events_wait_in_the_outbox_while_the_broker_is_unreachable()
    {
        for (var i = 0; i < 3; i++)
            await _host.Store.Events.AppendAsync(new NewEvent($"k{i}", "article.published", $"a-{i}", "article.published.00.none", "{}"));
        // Several dispatch rounds (the first retries come after 1 s and 2 s of backoff).
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.Empty(await _host.Store.Events.ListQuarantinedAsync(10));
        Assert.Equal(3, (await _host.Store.Events.ListUndispatchedAsync(10)).Count);
    }
}
