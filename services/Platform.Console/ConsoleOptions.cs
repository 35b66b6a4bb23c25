using System.ComponentModel.DataAnnotations;

namespace Platform.OperatorConsole;

/// <summary>Section <c>Platform:Console</c> (env <c>Platform__Console__*</c>): the operator console served at <c>/</c>.</summary>
public sealed class ConsoleOptions
{
    public const string Section = "Platform:Console";

    /// <summary>Serve the console at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Read-only pages need no key for requests from a loopback address. Set false to require a key everywhere;
    /// requests from other addresses always need one.
    /// </summary>
    public bool OpenOnLoopback { get; set; } = true;

    /// <summary>Comma-separated keys (secret: set from the environment) that may read the console; admin keys may too.</summary>
    public string? ViewerApiKeys { get; set; }

    /// <summary>How long a sign-in with a key lasts.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Seconds between the overview's self-refreshes (0 = never).</summary>
    [Range(0, 3600)]
    public int OverviewRefreshSeconds { get; set; } = 10;

    /// <summary>RabbitMQ management HTTP API base URL (e.g. http://localhost:15672) for queue depths; none = not shown.</summary>
    [Url]
    public string? RabbitMqManagementUrl { get; set; }

    /// <summary>User of the management API; default the transport's user.</summary>
    public string? RabbitMqManagementUser { get; set; }

    /// <summary>Password of the management API (secret); default the transport's password.</summary>
    public string? RabbitMqManagementPassword { get; set; }

    /// <summary>
    /// Most recent bulletins the bulletin and rejected lists scan, and events the article page's event list reads back
    /// (the store has no bulletin listing to page through yet). Counts, the map and the throughput chart do not scan: the
    /// store computes them.
    /// </summary>
    [Range(10, 100_000)]
    public int ScanLimit { get; set; } = 5000;
}
