namespace Platform.Hosting.Configuration;

/// <summary>Section <c>Platform:Transport</c> (env <c>Platform__Transport__*</c>).</summary>
public sealed class TransportOptions : ISettingsSection
{
    public static string Section => "Platform:Transport";

    public TransportKind Kind { get; set; } = TransportKind.InMemory;
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 5672;
    public string VirtualHost { get; set; } = "/";
    public string Username { get; set; } = "guest";
    public string Password { get; set; } = "guest";
    /// <summary>Messages a consumer endpoint may hold unacknowledged.</summary>
    public int PrefetchCount { get; set; } = 32;
    /// <summary>
    /// Messages a consumer endpoint handles at once. Most of a message's time is spent waiting for the store's next group
    /// commit, so more of them at once fill larger commits: at 32 the embedded pipeline published about a fifth more
    /// bulletins per second than at 8, and wrote a fifth less per bulletin; 64 gave no more (RESULTS.md).
    /// </summary>
    public int ConcurrencyLimit { get; set; } = 32;
    /// <summary>Declare queues as quorum queues (replicated; survives a broker node loss).</summary>
    public bool QuorumQueues { get; set; } = true;
    /// <summary>Quick retries after the first attempt of a failure other than an unavailable store, before the message goes to its _error queue.</summary>
    public int RetryLimit { get; set; } = 5;
    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);
    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>
    /// Retries of a message that failed because the store is unavailable, min·2^(n−1) apart up to max: an outage is
    /// ridden out for about the sum of these delays (<see cref="Messaging.RedeliverySchedule"/>; 12.6 minutes by
    /// default) before the message goes to its _error queue.
    /// </summary>
    public int RedeliveryLimit { get; set; } = 10;
    public TimeSpan RedeliveryMinInterval { get; set; } = TimeSpan.FromSeconds(5);
    public TimeSpan RedeliveryMaxInterval { get; set; } = TimeSpan.FromMinutes(2);
    /// <summary>How long a consumer endpoint's store circuit stays open (no store calls) before one message tries again.</summary>
    public TimeSpan BreakerResetInterval { get; set; } = TimeSpan.FromSeconds(30);
}
