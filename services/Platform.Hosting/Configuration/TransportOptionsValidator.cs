
using Platform.Hosting.Messaging;

namespace Platform.Hosting.Configuration;

/// <summary>Fails start-up naming the <c>Platform:Transport</c> setting that is wrong.</summary>
public sealed class TransportOptionsValidator : SettingsValidator<TransportOptions>
{
    protected override void Check(TransportOptions options, List<string> errors)
    {
        if (options.Kind == TransportKind.RabbitMq)
        {
            if (string.IsNullOrWhiteSpace(options.Host)) errors.Add("Platform:Transport:Host is required when Platform:Transport:Kind is rabbitmq.");
            if (options.Port is <= 0 or > 65535) errors.Add($"Platform:Transport:Port must be 1-65535 (was {options.Port}).");
            if (string.IsNullOrWhiteSpace(options.VirtualHost)) errors.Add("Platform:Transport:VirtualHost must not be empty.");
        }
        if (options.PrefetchCount is < 1 or > 10000) errors.Add($"Platform:Transport:PrefetchCount must be 1-10000 (was {options.PrefetchCount}).");
        if (options.ConcurrencyLimit is < 1 or > 1000) errors.Add($"Platform:Transport:ConcurrencyLimit must be 1-1000 (was {options.ConcurrencyLimit}).");
        if (options.RetryLimit is < 0 or > 100) errors.Add($"Platform:Transport:RetryLimit must be 0-100 (was {options.RetryLimit}).");
        if (options.RetryMinInterval <= TimeSpan.Zero || options.RetryMaxInterval < options.RetryMinInterval)
            errors.Add("Platform:Transport:RetryMinInterval must be positive and not above Platform:Transport:RetryMaxInterval.");
        if (options.RedeliveryLimit is < 0 or > 100) errors.Add($"Platform:Transport:RedeliveryLimit must be 0-100 (was {options.RedeliveryLimit}).");
        if (options.RedeliveryMinInterval <= TimeSpan.Zero || options.RedeliveryMaxInterval < options.RedeliveryMinInterval)
            errors.Add("Platform:Transport:RedeliveryMinInterval must be positive and not above Platform:Transport:RedeliveryMaxInterval.");
        else if (options.Kind == TransportKind.RabbitMq && RedeliverySchedule.Window(options) > RedeliverySchedule.MaxBrokerWindow)
            errors.Add($"Platform:Transport:RedeliveryLimit and Platform:Transport:RedeliveryMaxInterval add up to {RedeliverySchedule.Window(options)}: a held message must go back within {RedeliverySchedule.MaxBrokerWindow}, under RabbitMQ's consumer timeout.");
        if (options.BreakerResetInterval <= TimeSpan.Zero) errors.Add("Platform:Transport:BreakerResetInterval must be positive.");
    }
}
