using MassTransit;

namespace Platform.Publish;

/// <summary>The queue <see cref="PublishArticleConsumer"/> reads (the KEDA trigger of the publish deployment names it too).</summary>
public sealed class PublishArticleConsumerDefinition : ConsumerDefinition<PublishArticleConsumer>
{
    public PublishArticleConsumerDefinition() => EndpointName = PublishStage.Queue;
}
