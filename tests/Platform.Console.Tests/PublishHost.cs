using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Publish.Host;
using Platform.Storage;

namespace Platform.Console.Tests;

/// <summary>
/// The publish service (console included) as deployed, on a free loopback port with a content root of its own and
/// the given settings (transport, store path…); its SQLite file defaults to one in that folder.
/// </summary>
public sealed class PublishHost : IAsyncDisposable
{
    private readonly string _dir;
    private readonly WebApplication _app;

    private PublishHost(IReadOnlyDictionary<string, string?> settings)
    {
        _dir = Directory.CreateTempSubdirectory("console-publish-").FullName;
        _app = PublishService.Build(["--contentRoot", _dir], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Platform:Store:SqlitePath"] = Path.Combine(_dir, "platform.db") });
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        });
    }

    public IServiceProvider Services => _app.Services;

    public IDocumentStore Store => _app.Services.GetRequiredService<IDocumentStore>();

    public Uri BaseAddress => TestKestrel.AddressOf(_app);

    public static async Task<PublishHost> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var host = new PublishHost(settings);
        await TestApps.StartAsync(host._app, TimeSpan.FromSeconds(60));
        return host;
    }

    public async ValueTask DisposeAsync() => await TestApps.DisposeAsync(_app, _dir);
}
