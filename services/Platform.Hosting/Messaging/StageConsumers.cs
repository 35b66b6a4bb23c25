using MassTransit;

namespace Platform.Hosting.Messaging;

/// <summary>How a stage module adds a consumer to the bus: on the endpoint <see cref="StageConsumerDefinition{TConsumer}"/> names.</summary>
public static class StageConsumers
{
    public static IBusRegistrationConfigurator AddStageConsumer<TConsumer>(this IBusRegistrationConfigurator bus) where TConsumer : class, IConsumer
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.AddConsumer<TConsumer, StageConsumerDefinition<TConsumer>>();
        return bus;
    }
}
