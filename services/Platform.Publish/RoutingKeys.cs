using Platform.Contracts.Documents;

namespace Platform.Publish;

/// <summary>
/// AMQP routing keys of public events: <c>article.published.&lt;provinceCode&gt;.&lt;topic&gt;</c>, so a consumer binds
/// to one province (<c>article.published.43.#</c>) or one topic (<c>article.*.*.ecology</c>).
/// Articles without a region use province "00"; without a topic, "none".
/// </summary>
public static class RoutingKeys
{
    public static string ForArticle(string type, Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var code = article.Enrichment?.Regions.Primary?.Code;
        var province = code is { Length: >= 2 } ? code[..2] : "00";
        var topic = article.Enrichment?.Topics.OrderByDescending(t => t.Score).FirstOrDefault()?.Id ?? "none";
        return $"{type}.{province}.{Sanitize(topic)}";
    }

    /// <summary>Dots and wildcards would break topic matching; keep ids to [a-z0-9-].</summary>
    private static string Sanitize(string segment)
    {
        var chars = segment.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '-').ToArray();
        return chars.Length == 0 ? "none" : new string(chars);
    }
}
