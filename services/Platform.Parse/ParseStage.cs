using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Platform.Hosting;
using Platform.Parsing;

namespace Platform.Parse;

/// <summary>Registers the parse stage: the parser and the consumer of <c>BulletinReceived</c> (queue <c>parse-bulletin</c>).</summary>
public static class ParseStage
{
    public static IServiceCollection AddParseStage(this IServiceCollection services)
    {
        services.AddSingleton<BulletinParser>();
        services.AddSingleton(new StageRegistration("parse", bus =>
            bus.AddConsumer<ParseBulletinConsumer>().Endpoint(e => e.Name = "parse-bulletin")));
        return services;
    }
}
