using Platform.Contracts.Documents;

namespace Platform.Contracts.Public;

/// <summary>
/// AMQP routing keys of public events on the topic exchange. Articles: <c>&lt;type&gt;.&lt;province&gt;.&lt;topic&gt;</c>
/// (e.g. <c>article.published.43.ecology</c>), so a consumer binds one province (<c>article.published.43.#</c>) or one
/// topic (<c>article.*.*.ecology</c>); province "00" when the article has no region, topic "none" when it has no topic.
/// Bulletins: the event type itself.
/// </summary>
public static class RoutingKeys
{
    /// <summary>The routing key of an article event of <paramref name="type"/> (<see cref="EventTypes"/>).</summary>
    public static string ForArticle(string type, Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var code = article.Enrichment?.Regions.Primary?.Code;
        var province = code is { Length: >= 2 } ? code[..2] : "00";
        var topic = article.Enrichment?.Topics.OrderByDescending(t => t.Score).FirstOrDefault()?.Id ?? "none";
        return $"{type}.{province}.{Sanitize(topic)}";
    }

    /// <summary>The routing key of a bulletin event: its type.</summary>
    public static string ForBulletin(string type) => type;

    /// <summary>Dots and wildcards would break topic matching; keep ids to [a-z0-9-].</summary>
    private static string Sanitize(string segment)
    {
        var chars = segment.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '-').ToArray();
        return chars.Length == 0 ? "none" : new string(chars);
    }
}
