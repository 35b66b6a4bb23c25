using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Platform.Fetch.Configuration;
using Platform.Hosting.Network;

namespace Platform.Fetch.Network;

/// <summary>
/// The HttpClient of pulled feeds: the SSRF-guarded handler (connections only through <see cref="GuardedConnector"/>, no
/// proxy, no automatic redirects) under the <see cref="FeedResilience"/> pipeline, and <see cref="GuardedHttpClient"/> on top.
/// </summary>
public static class FeedHttpClientRegistration
{
    public const string ClientName = "platform-feeds";

    public static IServiceCollection AddFeedHttpClient(this IServiceCollection services)
    {
        services.AddSingleton(sp => new GuardedConnector(new NetworkAllowList(sp.GetRequiredService<IOptions<FetchOptions>>().Value.AllowedHosts)));
        services.AddHttpClient(ClientName, client =>
            {
                // GuardedHttpClient keeps one deadline over redirects, attempts and body.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("PlatformFetch", "1.0"));
            })
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseProxy = false,
                UseCookies = false,
                ConnectCallback = sp.GetRequiredService<GuardedConnector>().ConnectAsync,
                ConnectTimeout = sp.GetRequiredService<IOptions<FetchOptions>>().Value.FeedRequestTimeout,
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .AddResilienceHandler("feed", FeedResilience.Configure)
            .SelectPipelineBy(RequestAuthority.Selector);
        services.AddSingleton<GuardedHttpClient>();
        return services;
    }
}
