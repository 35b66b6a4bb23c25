using MassTransit;

namespace Platform.Hosting.Messaging;

/// <summary>
/// The endpoint of a stage consumer: the queue <see cref="ConsumerQueues"/> binds its message to (the KEDA trigger of
/// the stage's deployment names it too).
/// </summary>
public sealed class StageConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer> where TConsumer : class, IConsumer
{
    public StageConsumerDefinition() => EndpointName = ConsumerQueues.For(typeof(TConsumer)).Name;
}
