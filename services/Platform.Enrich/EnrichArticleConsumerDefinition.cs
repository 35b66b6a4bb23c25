using MassTransit;

namespace Platform.Enrich;

/// <summary>The queue <see cref="EnrichArticleConsumer"/> reads (the KEDA trigger of the enrich deployment names it too).</summary>
public sealed class EnrichArticleConsumerDefinition : ConsumerDefinition<EnrichArticleConsumer>
{
    public EnrichArticleConsumerDefinition() => EndpointName = EnrichStage.Queue;
}
