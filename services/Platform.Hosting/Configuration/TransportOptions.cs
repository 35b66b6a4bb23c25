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
    /// <summary>Messages a consumer endpoint handles at once.</summary>
    public int ConcurrencyLimit { get; set; } = 8;
    /// <summary>Declare queues as quorum queues (replicated; survives a broker node loss).</summary>
    public bool QuorumQueues { get; set; } = true;
    /// <summary>Redeliveries after the first attempt before a message goes to its _error queue.</summary>
    public int RetryLimit { get; set; } = 5;
    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);
    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromSeconds(30);
}
