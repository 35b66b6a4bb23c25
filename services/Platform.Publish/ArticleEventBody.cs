using System.Text;
using System.Text.Json;
using Platform.Contracts.Documents;
using Platform.Contracts.Public;

namespace Platform.Publish;

/// <summary>
/// The body of an article event, bounded in size (issue 13 item 3): an article whose event would be over the limit is
/// sent truncated, in steps that keep what consumers route and filter on as long as it fits: first without paragraphs
/// and with the start of the text; then also without headings and the enrichment's mention lists (the primary region
/// and the topics stay); last a skeleton of ids, clipped titles and flags. Every truncated body says so and links the full article.
/// </summary>
public static class ArticleEventBody
{
    // Room kept for the version's digits, so that the same article truncates to the same text at every revision and
    // content comparisons of truncated bodies are not thrown off by the revision number.
    private const int VersionAllowance = 20;
    private const int SkeletonTextLength = 256;

    /// <summary>The query API's address of the full article.</summary>
    public static string DataRefOf(string articleId) => "/v1/articles/" + Uri.EscapeDataString(articleId);

    /// <summary>The event body of <paramref name="payload"/>: itself when its JSON fits in <paramref name="maxBytes"/>, else a truncated copy.</summary>
    public static PublishedArticle Bound(PublishedArticle payload, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return Size(payload) <= maxBytes ? payload : Truncated(payload, maxBytes);
    }

    /// <summary>
    /// The event body of <paramref name="payload"/> (<see cref="Bound"/>) with its JSON. Nearly every article fits, so
    /// its JSON is written once and measured, rather than measured by a first serialization and then written by a second.
    /// An article whose text alone has more UTF-16 units than the limit has bytes (each writes at least one) cannot fit
    /// and is never written whole: at the maximum body that JSON is tens of MB, more than a host's heap can spare
    /// (issue 13 item 12). Either way the article is known to be over the limit before it is truncated, so it is not
    /// measured again.
    /// </summary>
    public static (PublishedArticle Body, string Json) Encode(PublishedArticle payload, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (payload.Text.Length <= maxBytes)
        {
            var json = JsonSerializer.Serialize(payload, DocumentJson.Options);
            if (Encoding.UTF8.GetByteCount(json) <= maxBytes) return (payload, json);
        }
        var body = Truncated(payload, maxBytes);
        return (body, JsonSerializer.Serialize(body, DocumentJson.Options));
    }

    /// <summary>The truncated body of <paramref name="payload"/>, whose JSON is over <paramref name="maxBytes"/>.</summary>
    private static PublishedArticle Truncated(PublishedArticle payload, int maxBytes)
    {
        var dataRef = DataRefOf(payload.Id);
        var withoutParagraphs = payload with { Paragraphs = [], Text = "", BodyTruncated = true, DataRef = dataRef };
        if (WithTextPrefix(withoutParagraphs, payload.Text, maxBytes) is { } first) return first;
        var summary = withoutParagraphs with { Headings = [], Enrichment = Summarized(payload.Enrichment) };
        if (WithTextPrefix(summary, payload.Text, maxBytes) is { } second) return second;
        return Skeleton(summary);
    }

    /// <summary>Length of <paramref name="payload"/> as the event's UTF-8 JSON.</summary>
    public static int Size(PublishedArticle payload) => PublishedArticleJson.Length(payload);

    private static PublishedArticle? WithTextPrefix(PublishedArticle cut, string text, int maxBytes)
    {
        var room = maxBytes - Size(cut with { Version = 0 }) - VersionAllowance;
        // The estimate of escaped lengths is exact for what the relaxed encoder is known to escape; should it escape
        // more, the measured excess comes off the room and the text is cut again.
        while (room >= 0)
        {
            var bounded = cut with { Text = Prefix(text, room) };
            var over = Size(bounded with { Version = 0 }) + VersionAllowance - maxBytes;
            if (over <= 0) return bounded;
            room -= over;
        }
        return null;
    }

    private static Enrichment? Summarized(Enrichment? enrichment) =>
        enrichment is null ? null : enrichment with
        {
            Regions = enrichment.Regions with { Mentioned = [], Ambiguous = null },
            Dates = [], People = [], Organizations = [], Figures = [], Keywords = [],
        };

    private static PublishedArticle Skeleton(PublishedArticle cut) => cut with
    {
        Kicker = Clip(cut.Kicker),
        Title = Clip(cut.Title),
        Subtitle = Clip(cut.Subtitle),
        Section = Clip(cut.Section),
        Byline = cut.Byline with { Raw = Clip(cut.Byline.Raw), Authors = [.. cut.Byline.Authors.Take(8).Select(a => Clip(a)!)], Organization = Clip(cut.Byline.Organization) },
        Enrichment = null,
        Text = "",
    };

    private static string? Clip(string? value) => value is null ? null : Prefix(value, SkeletonTextLength);

    /// <summary>The longest start of <paramref name="text"/> whose JSON string content (relaxed escaping) fits in <paramref name="bytes"/>, never splitting a surrogate pair.</summary>
    public static string Prefix(string text, int bytes)
    {
        ArgumentNullException.ThrowIfNull(text);
        var used = 0;
        var i = 0;
        while (i < text.Length)
        {
            var width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var cost = width == 2 ? 4 : EscapedLength(text[i]);
            if (used + cost > bytes) break;
            used += cost;
            i += width;
        }
        return text[..i];
    }

    // What the serializer's relaxed encoder writes for one UTF-16 unit: short escapes, \uXXXX for other controls and
    // lone surrogates, else the UTF-8 length.
    private static int EscapedLength(char c) => c switch
    {
        '"' or '\\' or '\n' or '\r' or '\t' or '\b' or '\f' => 2,
        < ' ' => 6,
        _ when char.IsSurrogate(c) => 6,
        < (char)0x80 => 1,
        < (char)0x800 => 2,
        _ => 3,
    };
}
