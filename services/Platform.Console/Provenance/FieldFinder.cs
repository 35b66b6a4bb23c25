namespace Platform.OperatorConsole.Provenance;

/// <summary>
/// Finds a field's text in the source by search, in reading order: from a cursor forward first, else anywhere.
/// A paragraph the parser repaired across a column or page break is found as several pieces (greedy longest
/// prefixes); characters that appear nowhere (normalization differences) are skipped.
/// </summary>
public sealed class FieldFinder(string source)
{
    /// <summary>Pieces shorter than this are not trusted on their own (two characters match almost anywhere).</summary>
    private const int MinPiece = 4;

    private readonly CompactText _source = new(source);

    /// <summary>Compact position after the last field found; the next search starts here.</summary>
    public int Cursor { get; private set; }

    /// <summary>Original spans of the field's pieces, in order; empty when nothing of it was found.</summary>
    public IReadOnlyList<(int Offset, int Length)> Find(string? field)
    {
        var needle = new CompactText(field ?? "").Value;
        if (needle.Length == 0) return [];
        var pieces = FindFrom(needle, Cursor);
        if (pieces.Count == 0) pieces = FindFrom(needle, 0);
        if (pieces.Count == 0) return [];
        Cursor = pieces[^1].End;
        return pieces.Select(p => _source.OriginalSpan(p.Start, p.End)).ToList();
    }

    private List<(int Start, int End)> FindFrom(string needle, int from)
    {
        var pieces = new List<(int Start, int End)>();
        var haystack = _source.Value;
        var at = from;
        var p = 0;
        while (p < needle.Length)
        {
            var (length, position) = LongestPrefix(needle, p, haystack, at);
            var minimum = Math.Min(MinPiece, needle.Length - p);
            if (length < minimum)
            {
                p++;
                continue;
            }
            if (pieces.Count > 0 && pieces[^1].End == position) pieces[^1] = (pieces[^1].Start, position + length);
            else pieces.Add((position, position + length));
            p += length;
            at = position + length;
        }
        // A field is located only when most of it was found; stray short hits are noise.
        var found = pieces.Sum(x => x.End - x.Start);
        return found * 2 >= needle.Length ? pieces : [];
    }

    /// <summary>Longest prefix of needle[p..] occurring in haystack at or after <paramref name="at"/> (binary search: occurrence is monotonic in length).</summary>
    private static (int Length, int Position) LongestPrefix(string needle, int p, string haystack, int at)
    {
        if (at > haystack.Length) return (0, -1);
        int low = 0, high = needle.Length - p, position = -1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            var index = haystack.IndexOf(needle.Substring(p, mid), at, StringComparison.Ordinal);
            if (index >= 0)
            {
                low = mid;
                position = index;
            }
            else
            {
                high = mid - 1;
            }
        }
        return (low, position);
    }
}
