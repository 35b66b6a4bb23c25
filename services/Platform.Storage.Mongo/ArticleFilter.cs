using System.Globalization;
using System.Text;
using Platform.Storage.Mongo.Mapping;

namespace Platform.Storage.Mongo;

/// <summary>Translates an <see cref="ArticleQuery"/> into a find filter that the start-up indexes serve.</summary>
internal static class ArticleFilter
{
    public const string RegionCode = "enrichment.regions.primary.code";
    public const string TopicId = "enrichment.topics.id";
    public const string Date = "enrichment.date";

    public static BsonDocument Build(ArticleQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = new BsonDocument();
        if (query.RegionPrefix is { Length: > 0 } prefix)
        {
            // An anchored, escaped prefix regex is answered from the index on the code.
            filter[RegionCode] = new BsonRegularExpression("^" + EscapeRegex(prefix));
        }
        if (query.Topic is { Length: > 0 } topic)
        {
            filter[TopicId] = topic;
        }
        if (query.Kind is { } kind)
        {
            filter["kind"] = ContractMapping.NameOf(kind);
        }
        if (query.Status is { } status)
        {
            filter["status"] = ContractMapping.NameOf(status);
        }
        if (query.From is not null || query.To is not null)
        {
            // Dates are stored as ISO "yyyy-MM-dd" strings, which sort like the dates they name.
            var range = new BsonDocument();
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
            var pattern = new BsonRegularExpression(EscapeRegex(text));
            filter["$or"] = new BsonArray { new BsonDocument("title", pattern), new BsonDocument("text", pattern) };
        }
        if (query.Cursor is { Length: > 0 } cursor)
        {
            filter["_id"] = new BsonDocument("$gt", cursor);
        }
        return filter;
    }

    /// <summary>
    /// Escapes PCRE metacharacters so user text matches literally. NUL becomes <c>\x00</c>: a BSON regular
    /// expression is a C string and cannot hold the character itself.
    /// </summary>
    public static string EscapeRegex(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c == '\0')
            {
                escaped.Append("\\x00");
                continue;
            }
            if ("\\^$.|?*+()[]{}/-#&~ ".Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
