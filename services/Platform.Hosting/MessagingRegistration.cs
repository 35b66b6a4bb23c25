using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Hosting.Configuration;
using Platform.Hosting.Messaging;
using Platform.Storage;

namespace Platform.Hosting;

/// <summary>MassTransit configured the same way in every host: transport, retry, store redelivery and circuit breaker, prefetch, concurrency, quorum queues.</summary>
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
        // Registered before the bus, so its start-up declaration runs before the bus can publish.
        if (kind == TransportKind.RabbitMq) builder.Services.AddHostedService<ConsumerTopology>();
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            stages(bus);
            bus.AddConfigureEndpointsCallback((context, _, endpoint) =>
            {
                var t = context.GetRequiredService<IOptions<TransportOptions>>().Value;
                // Outer: a store outage (or memory taken by other large documents, WaitableFailure) is ridden out with
                // long delays, the message held meanwhile (RedeliverySchedule says why); only after the last one does
                // MassTransit move it to <queue>_error.
                endpoint.UseMessageRetry(r =>
                {
                    r.Handle<Exception>(WaitableFailure.Is);
                    r.Intervals(RedeliverySchedule.Intervals(t, Random.Shared.NextDouble));
                });
                // Inner: any other failure, a few quick exponential retries. It must leave waitable failures alone: a retry
                // filter that handled the exception and gave up marks the message, and an outer one then gives up too.
                endpoint.UseMessageRetry(r =>
                {
                    r.Handle<Exception>(e => !WaitableFailure.Is(e));
                    r.Exponential(t.RetryLimit, t.RetryMinInterval, t.RetryMaxInterval, TimeSpan.FromTicks(Math.Max(1, t.RetryMinInterval.Ticks)));
                });
                // Innermost: once half of the recent attempts found the store unavailable, the circuit opens and attempts
                // fail at once with that error, without touching the store, until one tries again after the reset interval.
                endpoint.UseCircuitBreaker(cb =>
                {
                    cb.Handle<Exception>(StoreErrors.IsUnavailable);
                    cb.TrackingPeriod = TimeSpan.FromMinutes(1);
                    cb.ActiveThreshold = 4;
                    cb.TripThreshold = 50;
                    cb.ResetInterval = t.BreakerResetInterval;
                });
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
