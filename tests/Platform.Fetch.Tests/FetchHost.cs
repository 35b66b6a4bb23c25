using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Hosting;
using Platform.Storage;

namespace Platform.Fetch.Tests;

/// <summary>The fetch module on real Kestrel (127.0.0.1, ephemeral port), real SQLite and the in-memory bus.</summary>
public sealed class FetchHost : IAsyncLifetime
{
    public const string Key = "fetch-test-key-0123456789";
    private readonly string _dir = Directory.CreateTempSubdirectory("fetch-host-").FullName;
    private WebApplication? _app;

    /// <summary>Settings added to (or overriding) the defaults below, e.g. feeds pointing at a local upstream.</summary>
    public IDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    public HttpClient Client { get; private set; } = null!;
    public IDocumentStore Store => _app!.Services.GetRequiredService<IDocumentStore>();
    public IServiceProvider Services => _app!.Services;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = _dir, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Platform:Transport:Kind"] = "inmemory",
            ["Platform:Store:SqlitePath"] = Path.Combine(_dir, "platform.db"),
            ["Platform:Fetch:ApiKeys"] = "tests=" + Key,
            ["Platform:Fetch:MaxBodyBytes"] = "65536",
            ["Platform:Fetch:RateLimitPerMinute"] = "100000",
            ["Platform:Fetch:AnnounceTimeout"] = "00:00:01",
            ["Platform:Fetch:ReannounceInterval"] = "00:00:00.200",
        });
        builder.Configuration.AddInMemoryCollection(Settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var options = builder.AddPlatformDefaults("fetch");
        builder.Services.AddFetchStage(options);
        builder.Services.AddPlatformMessaging(options);
        _app = builder.Build();
        _app.MapPlatformDefaults();
        _app.MapFetchEndpoints();
        await _app.StartAsync();
        await _app.Services.GetRequiredService<StoreReadiness>().WhenInitialized.WaitAsync(TimeSpan.FromSeconds(30));
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
