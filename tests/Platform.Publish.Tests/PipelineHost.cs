using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Platform.Cli;
using Platform.Fetch;

namespace Platform.Publish.Tests;

/// <summary>The embedded platform of <c>platform run</c> (all four stages, in-memory bus) on the framework's test server with its own SQLite file.</summary>
public sealed class PipelineHost(IReadOnlyDictionary<string, string?>? settings = null) : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("pipeline-").FullName;
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;
    public ConsumedMessages Consumed { get; } = new();
    public IServiceProvider Services => _app!.Services;
    public IDocumentStore Store => Services.GetRequiredService<IDocumentStore>();

    public async Task InitializeAsync()
    {
        _app = EmbeddedPlatform.Build("http://127.0.0.1:0", _dir, quiet: true, settings, builder => builder.WebHost.UseTestServer());
        await TestApps.StartAsync(_app);
        Client = _app.GetTestClient();
        Services.GetRequiredService<IBus>().ConnectConsumeObserver(Consumed);
    }

    /// <summary>Another client of the same test server (without the defaults a test set on <see cref="Client"/>).</summary>
    public HttpClient CreateClient() => _app!.GetTestClient();

    public async Task<string> IngestAsync(string text)
    {
        var outcome = await Services.GetRequiredService<BulletinIntake>().IngestAsync(
            new IngestRequest(System.Text.Encoding.UTF8.GetBytes(text), "text/plain", "tests"), CancellationToken.None);
        return outcome.BulletinId ?? throw new InvalidOperationException(outcome.Failure?.Detail);
    }

    public Task PublishAsync<T>(T message) where T : class => Services.GetRequiredService<IBus>().Publish(message);

    public async Task<Bulletin> WaitForBulletinAsync(string id, PipelineStatus status) =>
        (await Eventually.ValueAsync(() => Store.Bulletins.GetAsync(id), b => b?.Status == status, TimeSpan.FromSeconds(60),
            b => $"{id} is {b?.Status}, expected {status}"))!;

    /// <summary>Waits, with a deadline, until the event log holds an event that <paramref name="match"/> accepts.</summary>
    public Task WaitForEventAsync(Func<Platform.Contracts.Events.PublicEvent, bool> match, string what) =>
        Eventually.UntilAsync(async () => (await Store.Events.ReadAsync(0, 10_000)).Any(match), TimeSpan.FromSeconds(60), () => what + " was not appended");

    /// <summary>Waits, with a deadline, until consumers finished <paramref name="count"/> messages that <paramref name="match"/> accepts.</summary>
    public Task WaitForConsumedAsync<T>(Func<T, bool> match, int count, string what) where T : class =>
        Eventually.UntilAsync(() => Task.FromResult(Consumed.Count(match) >= count), TimeSpan.FromSeconds(60),
            () => $"{Consumed.Count(match)} of {count} {what} consumed");

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await TestApps.DisposeAsync(_app, _dir);
    }
}
