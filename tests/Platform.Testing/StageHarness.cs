using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Hosting;
using Platform.Hosting.Configuration;
using Platform.Storage;
using Platform.Storage.Sqlite;

namespace Platform.Testing;

/// <summary>
/// One stage's consumers on MassTransit's test harness (in-memory bus that records what was consumed and published)
/// over a real SQLite store of its own: consumer tests load, apply and publish for real, without the other stages.
/// </summary>
public sealed class StageHarness : IAsyncDisposable
{
    private readonly string _dir;
    private readonly ServiceProvider _provider;

    private StageHarness(string dir, ServiceProvider provider)
    {
        _dir = dir;
        _provider = provider;
    }

    public ITestHarness Harness => _provider.GetRequiredService<ITestHarness>();
    public IDocumentStore Store => _provider.GetRequiredService<IDocumentStore>();

    public static async Task<StageHarness> StartAsync(Action<IBusRegistrationConfigurator> stages)
    {
        var dir = Directory.CreateTempSubdirectory("stage-").FullName;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<StoreReadiness>();
        services.AddSettings<TransportOptions, TransportOptionsValidator>();
        services.AddSingleton<IDocumentStore>(new SqliteDocumentStore(Path.Combine(dir, "platform.db")));
        services.AddMassTransitTestHarness(stages);
        // The harness answers "not published" after a quiet spell; a first enrichment loads the gazetteer and a
        // loaded machine is slow, so the spell is long enough not to mistake slowness for absence.
        services.Configure<TestHarnessOptions>(o =>
        {
            o.TestTimeout = TimeSpan.FromSeconds(60);
            o.TestInactivityTimeout = TimeSpan.FromSeconds(5);
        });
        var provider = services.BuildServiceProvider();
        var harness = new StageHarness(dir, provider);
        await harness.Store.InitializeAsync().ConfigureAwait(false);
        await harness.Harness.Start().ConfigureAwait(false);
        return harness;
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop().ConfigureAwait(false);
        await _provider.DisposeAsync().ConfigureAwait(false);
        TestApps.ReleaseDirectory(_dir);
    }
}
