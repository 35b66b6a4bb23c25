using System.Threading.RateLimiting;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Fetch.Configuration;
using Platform.Fetch.Feeds;
using Platform.Fetch.Idempotency;
using Platform.Fetch.Network;
using Platform.Hosting.Configuration;

namespace Platform.Fetch;

/// <summary>
/// Registers the fetch stage: its settings, intake, push authentication, rate limits and idempotency keys, re-announcement,
/// pulled feeds and the drop folder. Fetch consumes nothing; it publishes <c>BulletinReceived</c> on the process's bus.
/// </summary>
public static class FetchStage
{
    public static IBusRegistrationConfigurator AddFetchStage(this IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.AddBulletinIntake();
        bus.AddSingleton<SourceAuthenticator>();
        bus.AddSingleton(sp =>
        {
            var perMinute = sp.GetRequiredService<IOptions<FetchOptions>>().Value.RateLimitPerMinute;
            return PartitionedRateLimiter.Create<string, string>(source => RateLimitPartition.GetFixedWindowLimiter(source, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = perMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
        });
        bus.AddSingleton<IdempotencyCache>();
        bus.AddHostedService<AnnouncementRecovery>();
        // Always registered: GET /v1/feeds answers (an empty list) where no feed is configured, and the watcher
        // returns at once where no drop folder is.
        bus.AddSingleton<GuardedHttpClient>();
        bus.AddSingleton<FeedPoller>();
        bus.AddHostedService(sp => sp.GetRequiredService<FeedPoller>());
        bus.AddHostedService<DropFolderWatcher>();
        return bus;
    }

    /// <summary>The fetch settings and the one path bulletins take into the platform (also what <c>platform reprocess</c> announces through).</summary>
    public static IServiceCollection AddBulletinIntake(this IServiceCollection services)
    {
        services.AddSettings<FetchOptions, FetchOptionsValidator>();
        services.AddSingleton<BulletinIntake>();
        return services;
    }
}
