using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Platform.Cli;

namespace Platform.Console.Tests;

/// <summary>The embedded platform of <c>platform run</c> (console included) on a free loopback port with its own SQLite directory.</summary>
public sealed class EmbeddedHost : IAsyncDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("console-").FullName;
    private readonly WebApplication _app;

    private EmbeddedHost(IReadOnlyDictionary<string, string?> settings) =>
        _app = EmbeddedPlatform.Build("http://127.0.0.1:0", _dir, quiet: true, settings);

    public IServiceProvider Services => _app.Services;

    public string BaseUrl => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public static async Task<EmbeddedHost> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var host = new EmbeddedHost(settings);
        await TestApps.StartAsync(host._app, TimeSpan.FromSeconds(60));
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
