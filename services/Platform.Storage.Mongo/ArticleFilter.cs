using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Contracts.Documents;
using Platform.Storage.Mongo.Bson;

namespace Platform.Storage.Mongo;

/// <summary>Translates an <see cref="ArticleQuery"/> into a find filter that the start-up indexes serve.</summary>
internal static class ArticleFilter
{
    public const string RegionCode = "enrichment.regions.primary.code";
    public const string TopicId = "enrichment.topics.id";
    public const string Date = "enrichment.date";

    public static JsonObject Build(ArticleQuery query)
    {
        var filter = new JsonObject();
        if (query.RegionPrefix is { Length: > 0 } prefix)
        {
            // An anchored, escaped prefix regex is answered from the index on the code.
            filter[RegionCode] = ExtendedJson.Regex("^" + EscapeRegex(prefix));
        }
        if (query.Topic is { Length: > 0 } topic)
        {
            filter[TopicId] = topic;
        }
        if (query.Kind is { } kind)
        {
            filter["kind"] = JsonSerializer.SerializeToNode(kind, DocumentJson.Options);
        }
        if (query.Status is { } status)
        {
            filter["status"] = JsonSerializer.SerializeToNode(status, DocumentJson.Options);
        }
        if (query.From is not null || query.To is not null)
        {
            // Dates are stored as ISO "yyyy-MM-dd" strings, which sort like the dates they name.
            var range = new JsonObject();
            if (query.From is { } from) range["$gte"] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (query.To is { } to) range["$lte"] = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            filter[Date] = range;
        }
        if (query.BulletinId is { Length: > 0 } bulletinId)
        {
            filter["bulletinId"] = bulletinId;
        }
        if (query.TextContains is { Length: > 0 } text)
        {
            var pattern = EscapeRegex(text);
            filter["$or"] = new JsonArray(
                new JsonObject { ["title"] = ExtendedJson.Regex(pattern) },
                new JsonObject { ["text"] = ExtendedJson.Regex(pattern) });
        }
        if (query.Cursor is { Length: > 0 } cursor)
        {
            filter["_id"] = new JsonObject { ["$gt"] = cursor };
        }
        return filter;
    }

    /// <summary>Escapes PCRE metacharacters so user text matches literally.</summary>
    public static string EscapeRegex(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if ("\\^$.|?*+()[]{}/-#&~ ".Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
