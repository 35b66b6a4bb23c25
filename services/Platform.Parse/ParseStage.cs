using MassTransit;
using Platform.Hosting.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Platform.Parsing;

namespace Platform.Parse;

/// <summary>Registers the parse stage: the parser and the consumer of <c>BulletinReceived</c> (queue <see cref="Queue"/>).</summary>
public static class ParseStage
{
    public const string Queue = ConsumerQueues.ParseBulletin;

    public static IBusRegistrationConfigurator AddParseStage(this IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.AddSingleton<BulletinParser>();
        bus.AddConsumer<ParseBulletinConsumer, ParseBulletinConsumerDefinition>();
        return bus;
    }
}
