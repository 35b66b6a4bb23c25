using MassTransit;

namespace Platform.Publish;

/// <summary>The queue <see cref="BulletinRejectedConsumer"/> reads.</summary>
public sealed class BulletinRejectedConsumerDefinition : ConsumerDefinition<BulletinRejectedConsumer>
{
    public BulletinRejectedConsumerDefinition() => EndpointName = PublishStage.RejectionQueue;
}
