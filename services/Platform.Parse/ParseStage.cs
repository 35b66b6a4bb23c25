using MassTransit;
using Platform.Hosting.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Platform.Parsing;

namespace Platform.Parse;

/// <summary>Registers the parse stage: the parser and the consumer of <c>BulletinReceived</c> (queue <see cref="ConsumerQueues.ParseBulletin"/>).</summary>
public static class ParseStage
{
    public static IBusRegistrationConfigurator AddParseStage(this IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.AddSingleton<BulletinParser>();
        bus.AddStageConsumer<ParseBulletinConsumer>();
        return bus;
    }
}
