using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Fetch.Host;
using Platform.Storage;

namespace Platform.Fetch.Tests;

/// <summary>The fetch service as its Program builds it, on the framework's test server, real SQLite and the in-memory bus.</summary>
public sealed class FetchHost : IAsyncLifetime
{
    public const string Key = "fetch-test-key-0123456789";
    private readonly string _dir = Directory.CreateTempSubdirectory("fetch-host-").FullName;
    private WebApplication? _app;

    /// <summary>Settings added to (or overriding) the defaults below, e.g. feeds pointing at a local upstream.</summary>
    public IDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Serve on real Kestrel (127.0.0.1, ephemeral port) instead of the test server: for what only a real server does (request limits).</summary>
    public bool OnKestrel { get; init; }

    /// <summary>Every log line the host writes at Warning or above, for tests of what logs must not show.</summary>
    public LogCapture Logs { get; } = new();

    public HttpClient Client { get; private set; } = null!;
    public IDocumentStore Store => _app!.Services.GetRequiredService<IDocumentStore>();
    public IServiceProvider Services => _app!.Services;

    /// <summary>The fetch service with these settings, not started (tests of start-up failures start it themselves).</summary>
    public static WebApplication Build(string contentRoot, IEnumerable<KeyValuePair<string, string?>> settings, bool onKestrel = false,
        ILoggerProvider? logs = null) =>
        FetchService.Build(["--contentRoot", contentRoot, "--environment", "Testing"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Platform:Transport:Kind"] = "inmemory",
                ["Platform:Store:SqlitePath"] = Path.Combine(contentRoot, "platform.db"),
                ["Platform:Fetch:ApiKeys"] = "tests=" + Key,
                ["Platform:Fetch:MaxBodyBytes"] = "65536",
                ["Platform:Fetch:RateLimitPerMinute"] = "100000",
                ["Platform:Fetch:AnnounceTimeout"] = "00:00:01",
                ["Platform:Fetch:ReannounceInterval"] = "00:00:00.200",
            });
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            if (logs is not null) builder.Logging.AddProvider(logs);
            if (onKestrel) builder.Configuration["Urls"] = "http://127.0.0.1:0";
            else builder.WebHost.UseTestServer();
        });

    public async Task InitializeAsync()
    {
        _app = Build(_dir, Settings, OnKestrel, Logs);
        await TestApps.StartAsync(_app);
        Client = OnKestrel ? new HttpClient { BaseAddress = TestKestrel.AddressOf(_app) } : _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await TestApps.DisposeAsync(_app, _dir);
    }
}
