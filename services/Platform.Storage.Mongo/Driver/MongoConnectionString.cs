using System.Globalization;

namespace Platform.Storage.Mongo.Driver;

/// <summary>
/// Adds the store's fixed guarantees and configured limits to the operator's URI. Those options
/// replace any the URI already carries, so configuration cannot silently weaken durability.
/// </summary>
internal static class MongoConnectionString
{
    public static string Compose(MongoStoreOptions options)
    {
        var enforced = new (string Key, string Value)[]
        {
            ("w", "majority"),
            ("retryWrites", "true"),
            ("readConcernLevel", "majority"),
            ("serverSelectionTimeoutMS", ((long)options.ServerSelectionTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)),
            ("maxPoolSize", options.MaxPoolSize.ToString(CultureInfo.InvariantCulture)),
        };
        var uri = options.Uri.Trim();
        var query = uri.IndexOf('?', StringComparison.Ordinal);
        var head = query < 0 ? uri : uri[..query];
        var kept = query < 0
            ? []
            : uri[(query + 1)..]
                .Split(['&', ';'], StringSplitOptions.RemoveEmptyEntries)
                .Where(pair => !enforced.Any(option => pair.Split('=')[0].Equals(option.Key, StringComparison.OrdinalIgnoreCase)));
        var scheme = head.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0 && head.IndexOf('/', scheme + 3) < 0)
        {
            head += "/";
        }
        return head + "?" + string.Join('&', kept.Concat(enforced.Select(option => $"{option.Key}={option.Value}")));
    }
}
