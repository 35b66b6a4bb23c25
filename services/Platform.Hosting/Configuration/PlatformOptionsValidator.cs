using Microsoft.Extensions.Options;

namespace Platform.Hosting.Configuration;

/// <summary>Fails start-up with a message naming the setting, instead of failing later in a consumer.</summary>
public sealed class PlatformOptionsValidator : IValidateOptions<PlatformOptions>
{
    public ValidateOptionsResult Validate(string? name, PlatformOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        var t = options.Transport;
        if (t.Kind == TransportKind.RabbitMq)
        {
            if (string.IsNullOrWhiteSpace(t.Host)) errors.Add("Platform:Transport:Host is required when Platform:Transport:Kind is rabbitmq.");
            if (t.Port is <= 0 or > 65535) errors.Add($"Platform:Transport:Port must be 1-65535 (was {t.Port}).");
            if (string.IsNullOrWhiteSpace(t.VirtualHost)) errors.Add("Platform:Transport:VirtualHost must not be empty.");
        }
        if (t.PrefetchCount is < 1 or > 10000) errors.Add($"Platform:Transport:PrefetchCount must be 1-10000 (was {t.PrefetchCount}).");
        if (t.ConcurrencyLimit is < 1 or > 1000) errors.Add($"Platform:Transport:ConcurrencyLimit must be 1-1000 (was {t.ConcurrencyLimit}).");
        if (t.RetryLimit is < 0 or > 100) errors.Add($"Platform:Transport:RetryLimit must be 0-100 (was {t.RetryLimit}).");
        if (t.RetryMinInterval <= TimeSpan.Zero || t.RetryMaxInterval < t.RetryMinInterval)
            errors.Add("Platform:Transport:RetryMinInterval must be positive and not above Platform:Transport:RetryMaxInterval.");
        var s = options.Store;
        if (s.Kind == StoreKind.Sqlite && string.IsNullOrWhiteSpace(s.SqlitePath))
            errors.Add("Platform:Store:SqlitePath is required when Platform:Store:Kind is sqlite.");
        if (s.Kind == StoreKind.MongoDb && string.IsNullOrWhiteSpace(s.MongoUri))
            errors.Add("Platform:Store:MongoUri is required when Platform:Store:Kind is mongodb.");
        if (s.Kind == StoreKind.MongoDb && s.MongoUri is { } uri && !uri.StartsWith("mongodb://", StringComparison.Ordinal) && !uri.StartsWith("mongodb+srv://", StringComparison.Ordinal))
            errors.Add("Platform:Store:MongoUri must start with mongodb:// or mongodb+srv://.");
        if (options.Fetch.MaxBodyBytes is < 1 or > 1L << 30) errors.Add($"Platform:Fetch:MaxBodyBytes must be 1 B-1 GiB (was {options.Fetch.MaxBodyBytes}).");
        if (options.Fetch.AnnounceTimeout <= TimeSpan.Zero) errors.Add("Platform:Fetch:AnnounceTimeout must be positive.");
        if (options.Fetch.ReannounceInterval <= TimeSpan.Zero) errors.Add("Platform:Fetch:ReannounceInterval must be positive.");
        if (options.Fetch.DropFolderInterval <= TimeSpan.Zero) errors.Add("Platform:Fetch:DropFolderInterval must be positive.");
        if (options.Fetch.RateLimitPerMinute < 1) errors.Add("Platform:Fetch:RateLimitPerMinute must be at least 1.");
        ValidateFeeds(options.Fetch, errors);
        if (string.IsNullOrWhiteSpace(options.Publish.Exchange)) errors.Add("Platform:Publish:Exchange must not be empty.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateFeeds(FetchOptions fetch, List<string> errors)
    {
        if (fetch.FeedRequestTimeout <= TimeSpan.Zero) errors.Add("Platform:Fetch:FeedRequestTimeout must be positive.");
        if (fetch.FeedMaxRedirects is < 0 or > 20) errors.Add($"Platform:Fetch:FeedMaxRedirects must be 0-20 (was {fetch.FeedMaxRedirects}).");
        if (fetch.FeedBackoffBase <= TimeSpan.Zero || fetch.FeedBackoffMax < fetch.FeedBackoffBase)
            errors.Add("Platform:Fetch:FeedBackoffBase must be positive and not above Platform:Fetch:FeedBackoffMax.");
        foreach (var entry in (fetch.AllowedHosts ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var valid = System.Net.IPNetwork.TryParse(entry, out _) || System.Net.IPAddress.TryParse(entry, out _)
                || Uri.CheckHostName(entry) == UriHostNameType.Dns;
            if (!valid) errors.Add($"Platform:Fetch:AllowedHosts: '{entry}' is not a host name, IP address or CIDR range.");
        }
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < fetch.Feeds.Count; i++)
        {
            var feed = fetch.Feeds[i];
            var key = $"Platform:Fetch:Feeds:{i}";
            if (string.IsNullOrWhiteSpace(feed.Id)) errors.Add($"{key}:Id is required.");
            else if (!ids.Add(feed.Id)) errors.Add($"{key}:Id '{feed.Id}' is used by another feed.");
            if (!Uri.TryCreate(feed.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
                errors.Add($"{key}:Url must be an absolute http or https URL (was '{feed.Url}').");
            if (feed.Interval <= TimeSpan.Zero) errors.Add($"{key}:Interval must be positive.");
        }
    }
}
