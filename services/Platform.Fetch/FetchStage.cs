using System.Threading.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Platform.Fetch.Feeds;
using Platform.Fetch.Idempotency;
using Platform.Fetch.Network;
using Platform.Hosting;
using Platform.Hosting.Configuration;

namespace Platform.Fetch;

/// <summary>Registers the fetch stage: intake, push authentication, rate limits and idempotency keys, start-up re-announcement, pulled feeds, drop folder.</summary>
public static class FetchStage
{
    public static IServiceCollection AddFetchStage(this IServiceCollection services, PlatformOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(new StageRegistration("fetch", _ => { }));
        services.AddSingleton<BulletinIntake>();
        services.AddSingleton<SourceAuthenticator>();
        services.AddSingleton(PartitionedRateLimiter.Create<string, string>(source =>
            RateLimitPartition.GetFixedWindowLimiter(source, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.Fetch.RateLimitPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            })));
        services.AddSingleton<IdempotencyCache>();
        services.AddHostedService<AnnouncementRecovery>();
        // Always registered, so GET /v1/feeds answers (an empty list) where no feed is configured.
        services.AddSingleton<GuardedHttpClient>();
        services.AddSingleton<FeedPoller>();
        services.AddHostedService(sp => sp.GetRequiredService<FeedPoller>());
        if (!string.IsNullOrWhiteSpace(options.Fetch.DropFolder))
        {
            services.AddSingleton<DropFolderWatcher>();
            services.AddHostedService(sp => sp.GetRequiredService<DropFolderWatcher>());
        }
        return services;
    }
}
