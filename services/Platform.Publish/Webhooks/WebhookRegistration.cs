using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Platform.Publish.Configuration;
using Platform.Hosting.Network;

namespace Platform.Publish.Webhooks;

/// <summary>
/// Registers webhook delivery (it needs only the store, so it runs in the embedded mode too), its HttpClient (the
/// policy-checked handler under <see cref="WebhookResilience"/>) and the admin key check.
/// </summary>
public static class WebhookRegistration
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<WebhookAddressPolicy>();
        services.AddSingleton<AdminApiKeyFilter>();
        services.AddHttpClient(WebhookSender.ClientName, client =>
            {
                // The pipeline's timeout bounds each attempt.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("platform-webhooks", "1.0"));
            })
            .ConfigurePrimaryHttpMessageHandler(sp =>
                WebhookSender.CreateHandler(sp.GetRequiredService<WebhookAddressPolicy>(), sp.GetRequiredService<IOptions<PublishOptions>>().Value))
            .AddResilienceHandler("webhook", (pipeline, context) =>
                WebhookResilience.Configure(pipeline, context.ServiceProvider.GetRequiredService<IOptions<PublishOptions>>().Value))
            .SelectPipelineBy(RequestAuthority.Selector);
        services.AddSingleton<WebhookSender>();
        services.AddHostedService<WebhookDispatcher>();
        return services;
    }
}
