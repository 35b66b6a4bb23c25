using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Platform.Fetch.Configuration;
using Platform.Fetch.Feeds;
using Platform.Fetch.Idempotency;
using Platform.Fetch.Network;
using Platform.Fetch.Push;
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
        bus.AddSingleton<PushAuthentication>();
        bus.AddSingleton<PushRateLimit>();
        bus.AddSingleton<IdempotencyCache>();
        bus.AddSingleton<IdempotentPush>();
        bus.AddSingleton<MultipartPush>();
        bus.AddHostedService<AnnouncementRecovery>();
        bus.AddHostedService<StalledWorkRecovery>();
        // Always registered: GET /v1/feeds answers (an empty list) where no feed is configured, and the watcher
        // returns at once where no drop folder is.
        bus.AddFeedHttpClient();
        bus.AddSingleton<FeedPoller>();
        bus.AddHostedService(sp => sp.GetRequiredService<FeedPoller>());
        bus.AddHostedService<DropFolderWatcher>();
        return bus;
    }

    /// <summary>The fetch settings and the one path bulletins take into the platform (also what <c>platform reprocess</c> announces through).</summary>
    public static IServiceCollection AddBulletinIntake(this IServiceCollection services)
    {
        services.AddSettings<FetchOptions, FetchOptionsValidator>();
        services.AddSettings<FormatOptions, FormatOptionsValidator>();
        services.AddSingleton<BulletinIntake>();
        return services;
    }
}
