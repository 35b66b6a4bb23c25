using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Platform.Testing;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (ephemeral port) for what must be reached over sockets: upstream feeds,
/// webhook receivers, load tests. The platform's own hosts use the framework's test server instead.
/// </summary>
public sealed class TestKestrel : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestKestrel(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The server's root, ending in a slash.</summary>
    public Uri BaseAddress { get; }

    /// <summary>An absolute URL on this server.</summary>
    public Uri Url(string path) => new(BaseAddress, path);

    /// <summary>Starts a minimal app whose endpoints <paramref name="map"/> adds.</summary>
    public static async Task<TestKestrel> StartAsync(Action<WebApplication> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        map(app);
        await app.StartAsync().ConfigureAwait(false);
        return new TestKestrel(app, AddressOf(app));
    }

    /// <summary>Where a started app listens (its first address), ending in a slash.</summary>
    public static Uri AddressOf(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.TrimEnd('/') + "/");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
