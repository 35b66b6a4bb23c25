using System.Text.RegularExpressions;

namespace Platform.Enrichment;

/// <summary>
/// A pattern that starts with <c>\G</c>, tried only where it can begin: what <see cref="Regex.Matches(string)"/> of
/// the same pattern without the anchor finds, at the cost of the candidate positions instead of every position.
/// </summary>
public static class AnchoredPattern
{
    /// <summary>
    /// The matches left to right, each tried from where the last one ended, as Matches would; <paramref name="next"/>
    /// gives the first position at or after its argument where a match can begin, or -1.
    /// </summary>
    public static List<Match> Matches(Regex anchored, string text, Func<string, int, int> next)
    {
        ArgumentNullException.ThrowIfNull(anchored);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(next);
        var matches = new List<Match>();
        var at = next(text, 0);
        while (at >= 0)
        {
            var m = anchored.Match(text, at);
            if (m.Success) matches.Add(m);
            at = next(text, m.Success ? m.Index + m.Length : at + 1);
        }
        return matches;
    }
}
