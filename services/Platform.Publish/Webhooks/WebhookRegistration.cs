using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Platform.Publish.Webhooks;

/// <summary>Registers webhook delivery (it needs only the store, so it runs in the embedded mode too) and the admin key check.</summary>
public static class WebhookRegistration
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<WebhookAddressPolicy>();
        services.AddSingleton<AdminApiKeyFilter>();
        services.AddSingleton<WebhookSender>();
        services.AddHostedService<WebhookDispatcher>();
        return services;
    }
}
