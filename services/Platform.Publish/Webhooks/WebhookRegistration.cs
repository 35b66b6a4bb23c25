using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Hosting.Configuration;

namespace Platform.Publish.Webhooks;

/// <summary>Registers webhook delivery (it needs only the store, so it runs in the embedded mode too) and the admin key check.</summary>
public static class WebhookRegistration
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services, PlatformOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Publish;
        // Invalid settings stop start-up naming the setting, like the rest of the configuration.
        if (o.WebhookMaxFailures < 1) throw new InvalidOperationException("Platform:Publish:WebhookMaxFailures must be at least 1.");
        if (o.WebhookRetryMinInterval <= TimeSpan.Zero || o.WebhookRetryMaxInterval < o.WebhookRetryMinInterval)
            throw new InvalidOperationException("Platform:Publish:WebhookRetryMinInterval must be positive and not above Platform:Publish:WebhookRetryMaxInterval.");
        if (o.WebhookTimeout <= TimeSpan.Zero) throw new InvalidOperationException("Platform:Publish:WebhookTimeout must be positive.");
        if (o.WebhookInterval <= TimeSpan.Zero) throw new InvalidOperationException("Platform:Publish:WebhookInterval must be positive.");
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new WebhookAddressPolicy(o));
        services.AddSingleton(new AdminApiKeyFilter(options));
        services.AddSingleton<WebhookSender>();
        services.AddHostedService<WebhookDispatcher>();
        return services;
    }
}
