using System.Net;
using Platform.Hosting.Configuration;

namespace Platform.Fetch.Configuration;

/// <summary>Fails start-up naming the <c>Platform:Fetch</c> setting that is wrong, API keys and feeds included.</summary>
public sealed class FetchOptionsValidator : SettingsValidator<FetchOptions>
{
    protected override void Check(FetchOptions options, List<string> errors)
    {
        if (options.MaxBodyBytes is < 1 or > 1L << 30) errors.Add($"Platform:Fetch:MaxBodyBytes must be 1 B-1 GiB (was {options.MaxBodyBytes}).");
        if (ApiKeyMap.Parse(options.ApiKeys).Error is { } keys) errors.Add(keys);
        if (options.AnnounceTimeout <= TimeSpan.Zero) errors.Add("Platform:Fetch:AnnounceTimeout must be positive.");
        if (options.ReannounceInterval <= TimeSpan.Zero) errors.Add("Platform:Fetch:ReannounceInterval must be positive.");
        if (options.DropFolderInterval <= TimeSpan.Zero) errors.Add("Platform:Fetch:DropFolderInterval must be positive.");
        if (options.RateLimitPerMinute < 1) errors.Add("Platform:Fetch:RateLimitPerMinute must be at least 1.");
        if (options.MaxMultipartParts is < 1 or > 10_000) errors.Add($"Platform:Fetch:MaxMultipartParts must be 1-10000 (was {options.MaxMultipartParts}).");
        ValidateFeeds(options, errors);
    }

    private static void ValidateFeeds(FetchOptions fetch, List<string> errors)
    {
        if (fetch.FeedRequestTimeout <= TimeSpan.Zero) errors.Add("Platform:Fetch:FeedRequestTimeout must be positive.");
        if (fetch.FeedMaxRedirects is < 0 or > 20) errors.Add($"Platform:Fetch:FeedMaxRedirects must be 0-20 (was {fetch.FeedMaxRedirects}).");
        if (fetch.FeedBackoffBase <= TimeSpan.Zero || fetch.FeedBackoffMax < fetch.FeedBackoffBase)
            errors.Add("Platform:Fetch:FeedBackoffBase must be positive and not above Platform:Fetch:FeedBackoffMax.");
        foreach (var entry in (fetch.AllowedHosts ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var valid = IPNetwork.TryParse(entry, out _) || IPAddress.TryParse(entry, out _) || Uri.CheckHostName(entry) == UriHostNameType.Dns;
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
                errors.Add($"{key}:Url must be an absolute http or https URL (was '{UrlRedaction.InText(feed.Url ?? "")}').");
            if (feed.Interval <= TimeSpan.Zero) errors.Add($"{key}:Interval must be positive.");
        }
    }
}
