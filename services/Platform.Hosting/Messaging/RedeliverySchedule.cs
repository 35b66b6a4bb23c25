using Platform.Hosting.Configuration;

namespace Platform.Hosting.Messaging;

/// <summary>
/// The second-level retry of a consumer whose store is unavailable (issue 13 item 2): the delays between redeliveries
/// and the outage they ride out. The message is held unacknowledged by its consumer meanwhile, not re-queued through a
/// scheduler: the Debian RabbitMQ has no delayed-message exchange plugin and a process-local scheduler would lose the
/// message in a crash, while a held message goes back to its queue when the process dies. RabbitMQ closes a channel
/// that holds a delivery longer than its consumer timeout (30 minutes by default), which bounds the window.
/// </summary>
public static class RedeliverySchedule
{
    /// <summary>The longest window allowed on RabbitMQ: under its default 30-minute consumer timeout, with margin.</summary>
    public static readonly TimeSpan MaxBrokerWindow = TimeSpan.FromMinutes(25);

    /// <summary>min·2^(n−1) capped at max, each with <see cref="Backoff"/>'s jitter drawn once per process from <paramref name="random"/>.</summary>
    public static TimeSpan[] Intervals(TransportOptions options, Func<double> random)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(random);
        return Enumerable.Range(1, Math.Max(0, options.RedeliveryLimit))
            .Select(n => Backoff.Delay(n, options.RedeliveryMinInterval, options.RedeliveryMaxInterval, random()))
            .ToArray();
    }

    /// <summary>The longest outage a message rides out before it goes to _error: every delay at its upper bound.</summary>
    public static TimeSpan Window(TransportOptions options) =>
        Intervals(options, () => 1).Aggregate(TimeSpan.Zero, (sum, delay) => sum + delay);
}
