using System.Buffers;

namespace Platform.Enrichment.People;

/// <summary>
/// Where a pattern that begins with <c>(?&lt;=^|[separators\s])</c> can match: the start of the text and every
/// position after a separator or white space (as <c>\s</c> reads it, <see cref="char.IsWhiteSpace(char)"/>).
/// Trying such a pattern only there finds what trying it at every Han character finds, at a fraction of the cost:
/// most characters of a Chinese text follow another.
/// </summary>
public sealed class PhraseStarts
{
    private readonly SearchValues<char> _before;

    public PhraseStarts(string separators)
    {
        ArgumentNullException.ThrowIfNull(separators);
        var before = new List<char>(separators);
        for (var c = 0; c <= char.MaxValue; c++)
            if (char.IsWhiteSpace((char)c)) before.Add((char)c);
        _before = SearchValues.Create([.. before.Distinct()]);
    }

    /// <summary>The first such position at or after <paramref name="from"/> and before the end of the text, or -1.</summary>
    public int Next(string text, int from)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (from <= 0) return text.Length > 0 ? 0 : -1;
        if (from >= text.Length) return -1;
        var skip = text.AsSpan(from - 1, text.Length - from).IndexOfAny(_before);
        return skip < 0 ? -1 : from + skip;
    }
}
