using Platform.Hosting.Configuration;

namespace Platform.Fetch.Configuration;

/// <summary>Section <c>Platform:Fetch</c> (env <c>Platform__Fetch__*</c>).</summary>
public sealed class FetchOptions : ISettingsSection
{
    public static string Section => "Platform:Fetch";

    /// <summary>Largest accepted bulletin body; larger pushes get 413.</summary>
    public long MaxBodyBytes { get; set; } = 10 * 1024 * 1024;
    /// <summary>Require an API key on push endpoints. Off only for the embedded default on loopback.</summary>
    public bool RequireApiKey { get; set; } = true;
    /// <summary>Comma-separated API keys accepted from configuration (secret: set from the environment), as "source=key" (<see cref="ApiKeyMap"/>).</summary>
    public string? ApiKeys { get; set; }
    /// <summary>Pushes per source per minute; every file of a multipart push counts as one.</summary>
    public int RateLimitPerMinute { get; set; } = 600;
    /// <summary>Most parts one multipart push may hold; more are refused with 413 before anything is stored.</summary>
    public int MaxMultipartParts { get; set; } = 100;
    /// <summary>Folder watched for new bulletin files, or null.</summary>
    public string? DropFolder { get; set; }
    /// <summary>How often the drop folder is scanned.</summary>
    public TimeSpan DropFolderInterval { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>How long a push waits for <c>BulletinReceived</c> to reach the broker before answering; a stored bulletin is announced later by the re-announcer.</summary>
    public TimeSpan AnnounceTimeout { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>How often stored but unannounced bulletins are announced again (broker outages, crashes).</summary>
    public TimeSpan ReannounceInterval { get; set; } = TimeSpan.FromSeconds(15);
    /// <summary>Feeds pulled by the fetch service (RSS, Atom or single documents), each on its own interval.</summary>
    public List<FeedOptions> Feeds { get; set; } = [];
    /// <summary>
    /// Comma-separated host names, IP addresses or CIDR ranges that pulled feeds may reach although they are loopback,
    /// private or link-local (internal feeds, tests). Everything else internal is refused after DNS resolution.
    /// </summary>
    public string? AllowedHosts { get; set; }
    /// <summary>Longest a pulled request may take, redirects and body included.</summary>
    public TimeSpan FeedRequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Redirects followed per pulled request (each hop is checked again).</summary>
    public int FeedMaxRedirects { get; set; } = 5;
    /// <summary>First delay after a failed poll; doubles per consecutive failure (with jitter) up to FeedBackoffMax.</summary>
    public TimeSpan FeedBackoffBase { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Longest delay between polls of a failing feed.</summary>
    public TimeSpan FeedBackoffMax { get; set; } = TimeSpan.FromHours(1);
}
