using System.Text.Json;

namespace Platform.Cli.Load;

/// <summary>The HTTP client of a load run: one connection per push in flight plus the feed reader, no proxy.</summary>
public static class LoadHttp
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static HttpClient CreateClient(int concurrency) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = concurrency + 2,
        UseProxy = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    })
    {
        Timeout = TimeSpan.FromSeconds(100),
    };
}
