using MassTransit;
using Platform.Hosting.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Platform.Hosting.Configuration;
using Platform.Publish.Configuration;
using Platform.Publish.Webhooks;

namespace Platform.Publish;

/// <summary>
/// Registers the publish stage: its settings, the consumers of <c>BulletinEnriched</c> (queue <see cref="ConsumerQueues.PublishBulletin"/>), <c>ArticleEnriched</c> (queue <see cref="ConsumerQueues.PublishArticle"/>) and
/// <c>BulletinRejected</c> (queue <see cref="ConsumerQueues.PublishRejection"/>), the outbox dispatcher and webhook delivery.
/// </summary>
public static class PublishStage
{
    public static IBusRegistrationConfigurator AddPublishStage(this IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.AddSettings<PublishOptions, PublishOptionsValidator>();
        bus.AddSingleton<OutboxSignal>();
        bus.AddSingleton<EventAppender>();
        bus.AddSingleton<BulletinCompletion>();
        bus.AddSingleton<ArticlePublication>();
        bus.AddWebhooks();
        bus.AddPublishOpenApi();
        bus.AddStageConsumer<PublishBulletinConsumer>();
        bus.AddStageConsumer<PublishArticleConsumer>();
        bus.AddStageConsumer<BulletinRejectedConsumer>();
        bus.AddHostedService<RabbitMqEventDispatcher>();
        return bus;
    }
}
