using System.Threading.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Platform.Hosting;
using Platform.Hosting.Configuration;

namespace Platform.Fetch;

/// <summary>Registers the fetch stage: intake, push authentication and rate limits, start-up re-announcement.</summary>
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
        services.AddHostedService<AnnouncementRecovery>();
        if (!string.IsNullOrWhiteSpace(options.Fetch.DropFolder))
        {
            services.AddSingleton<DropFolderWatcher>();
            services.AddHostedService(sp => sp.GetRequiredService<DropFolderWatcher>());
        }
        return services;
    }
}
