using MassTransit;

namespace Platform.Parse;

/// <summary>The queue <see cref="ParseBulletinConsumer"/> reads (the KEDA trigger of the parse deployment names it too).</summary>
public sealed class ParseBulletinConsumerDefinition : ConsumerDefinition<ParseBulletinConsumer>
{
    public ParseBulletinConsumerDefinition() => EndpointName = ParseStage.Queue;
}
