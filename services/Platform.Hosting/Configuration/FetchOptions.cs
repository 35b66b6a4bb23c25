namespace Platform.Hosting.Configuration;

/// <summary>Section <c>Platform:Fetch</c> (env <c>Platform__Fetch__*</c>).</summary>
public sealed class FetchOptions
{
    /// <summary>Largest accepted bulletin body; larger pushes get 413.</summary>
    public long MaxBodyBytes { get; set; } = 10 * 1024 * 1024;
    /// <summary>Require an API key on push endpoints. Off only for the embedded default on loopback.</summary>
    public bool RequireApiKey { get; set; } = true;
    /// <summary>Comma-separated API keys accepted from configuration (secret: set from the environment), as "source=key".</summary>
    public string? ApiKeys { get; set; }
    /// <summary>Pushes per source per minute.</summary>
    public int RateLimitPerMinute { get; set; } = 600;
    /// <summary>Folder watched for new bulletin files, or null.</summary>
    public string? DropFolder { get; set; }
    /// <summary>How often the drop folder is scanned.</summary>
    public TimeSpan DropFolderInterval { get; set; } = TimeSpan.FromSeconds(5);
}
