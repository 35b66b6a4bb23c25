using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Platform.Hosting;
using Platform.Hosting.Configuration;
using Platform.Publish.Webhooks;

namespace Platform.Publish;

/// <summary>Registers the publish stage: consumers (queues <c>publish-article</c>, <c>publish-rejection</c>), the outbox dispatcher.</summary>
public static class PublishStage
{
    public static IServiceCollection AddPublishStage(this IServiceCollection services, PlatformOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<EventAppender>();
        services.AddWebhooks(options);
        services.AddSingleton(new StageRegistration("publish", bus =>
        {
            bus.AddConsumer<PublishArticleConsumer>().Endpoint(e => e.Name = "publish-article");
            bus.AddConsumer<BulletinRejectedConsumer>().Endpoint(e => e.Name = "publish-rejection");
        }));
        if (options.Publish.DispatchToBroker) services.AddHostedService<RabbitMqEventDispatcher>();
        return services;
    }
}
