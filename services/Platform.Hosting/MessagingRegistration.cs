using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Platform.Hosting.Configuration;

namespace Platform.Hosting;

/// <summary>MassTransit configured the same way in every host: transport, retry, prefetch, concurrency, quorum queues.</summary>
public static class MessagingRegistration
{
    /// <summary>Registers the bus with the consumers of every stage module registered before this call.</summary>
    public static IServiceCollection AddPlatformMessaging(this IServiceCollection services, PlatformOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var stages = services
            .Where(d => d.ServiceType == typeof(StageRegistration) && d.ImplementationInstance is StageRegistration)
            .Select(d => (StageRegistration)d.ImplementationInstance!)
            .ToArray();
        var t = options.Transport;
        services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            foreach (var stage in stages) stage.ConfigureBus(bus);
            bus.AddConfigureEndpointsCallback((_, _, endpoint) =>
            {
                // Bounded exponential retry; after the last attempt MassTransit moves the message to <queue>_error.
                endpoint.UseMessageRetry(r => r.Exponential(t.RetryLimit, t.RetryMinInterval, t.RetryMaxInterval,
                    TimeSpan.FromTicks(Math.Max(1, t.RetryMinInterval.Ticks))));
                endpoint.PrefetchCount = t.PrefetchCount;
                endpoint.ConcurrentMessageLimit = t.ConcurrencyLimit;
                if (t.QuorumQueues && endpoint is IRabbitMqReceiveEndpointConfigurator rabbit) rabbit.SetQuorumQueue();
            });
            if (t.Kind == TransportKind.RabbitMq)
            {
                bus.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(t.Host, (ushort)t.Port, t.VirtualHost, h =>
                    {
                        h.Username(t.Username);
                        h.Password(t.Password);
                    });
                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
            }
        });
        return services;
    }
}
