using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Hosting.Configuration;

namespace Platform.Hosting;

/// <summary>MassTransit configured the same way in every host: transport, retry, prefetch, concurrency, quorum queues.</summary>
public static class MessagingRegistration
{
    /// <summary>
    /// Registers the one bus of the process with the stages it runs. Stages are added inside <paramref name="stages"/>
    /// (<c>bus =&gt; bus.AddParseStage()</c>), each with its consumers and their queues, so what a process consumes is
    /// stated in one place and does not depend on the order of registrations.
    /// </summary>
    public static WebApplicationBuilder AddPlatformMessaging(this WebApplicationBuilder builder, Action<IBusRegistrationConfigurator> stages)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(stages);
        // The transport decides which MassTransit transport is registered, so its kind is read now; every other
        // transport setting is read from the validated options when the bus starts.
        var kind = builder.Configuration.GetSection(TransportOptions.Section).GetValue(nameof(TransportOptions.Kind), TransportKind.InMemory);
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            stages(bus);
            bus.AddConfigureEndpointsCallback((context, _, endpoint) =>
            {
                var t = context.GetRequiredService<IOptions<TransportOptions>>().Value;
                // Bounded exponential retry; after the last attempt MassTransit moves the message to <queue>_error.
                endpoint.UseMessageRetry(r => r.Exponential(t.RetryLimit, t.RetryMinInterval, t.RetryMaxInterval,
                    TimeSpan.FromTicks(Math.Max(1, t.RetryMinInterval.Ticks))));
                endpoint.PrefetchCount = t.PrefetchCount;
                endpoint.ConcurrentMessageLimit = t.ConcurrencyLimit;
                if (t.QuorumQueues && endpoint is IRabbitMqReceiveEndpointConfigurator rabbit) rabbit.SetQuorumQueue();
            });
            if (kind == TransportKind.RabbitMq)
            {
                bus.UsingRabbitMq((context, cfg) =>
                {
                    var t = context.GetRequiredService<IOptions<TransportOptions>>().Value;
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
        return builder;
    }
}
