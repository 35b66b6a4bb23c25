using System.Text;

namespace Platform.Parsing;

/// <summary>
/// Remembers, for every string the parser cuts out of the page, where on the page its characters were printed
/// (field-level provenance). Strings are tracked by instance, so a field keeps its origin however it moves
/// between items; the few operations that make new strings from old ones (slice, trim, join) go through here
/// and carry the origin along. Outside a parse (rules tested alone) nothing is recorded.
/// </summary>
/// <remarks>
/// The ledger of the parse running on this thread is ambient, so the parser's pure rules need no extra argument;
/// it is opened and closed by <see cref="BulletinParser"/> only.
/// </remarks>
internal sealed class SourceLedger : IDisposable
{
    [ThreadStatic] private static SourceLedger? t_current;

    private readonly string _page;
    private readonly SourceLedger? _outer;
    // Most strings are one stretch of the page: they are stored as its start alone (Pieces null), without an array.
    private readonly Dictionary<string, (int Start, SourcePiece[]? Pieces)> _origins;

    private SourceLedger(string page)
    {
        _page = page;
        _outer = t_current;
        // About one recorded string per 80 characters of page text (lines, fields and their parts).
        _origins = new Dictionary<string, (int, SourcePiece[]?)>(page.Length / 80, ReferenceEqualityComparer.Instance);
    }

    /// <summary>Starts recording the strings cut from <paramref name="page"/> on this thread.</summary>
    public static SourceLedger Open(string page)
    {
        var ledger = new SourceLedger(page);
        t_current = ledger;
        return ledger;
    }

    public void Dispose() => t_current = _outer;

    /// <summary>Where the characters of <paramref name="field"/> were printed, in string order; empty when unknown.</summary>
    public IReadOnlyList<SourcePiece> Origin(string? field) =>
        field is not null && _origins.TryGetValue(field, out var origin) ? Pieces(field, origin) : [];

    /// <summary>True when <paramref name="field"/> is one stretch of the page, at <paramref name="start"/> (no array needed).</summary>
    public bool IsOneStretch(string field, out int start)
    {
        start = 0;
        if (!_origins.TryGetValue(field, out var origin) || origin.Pieces is not null) return false;
        start = origin.Start;
        return true;
    }

    /// <summary>Where characters [at, at + length) of <paramref name="field"/> were printed; empty when unknown.</summary>
    public IReadOnlyList<SourcePiece> Origin(string field, int at, int length) =>
        _origins.TryGetValue(field, out var origin) ? Within(Pieces(field, origin), at, length) : [];

    /// <summary>A new string of <paramref name="slice"/>, which lies in the page text or in <paramref name="origin"/>.</summary>
    public static string Cut(ReadOnlySpan<char> slice, string? origin = null)
    {
        var s = slice.ToString();
        if (t_current is { } ledger && s.Length > 0)
        {
            if (origin is null)
            {
                if (Within(ledger._page, slice, out var offset)) ledger._origins[s] = (offset, null);
            }
            else if (Within(origin, slice, out var at))
            {
                ledger.Derive(s, origin, at);
            }
        }
        return s;
    }

    /// <summary><c>s.Substring(start, length)</c>, keeping its origin.</summary>
    public static string Slice(string s, int start, int length)
    {
        var part = s.Substring(start, length);
        if (t_current is { } ledger && !ReferenceEquals(part, s) && part.Length > 0) ledger.Derive(part, s, start);
        return part;
    }

    /// <summary><c>s[start..]</c>, keeping its origin.</summary>
    public static string Slice(string s, int start) => Slice(s, start, s.Length - start);

    /// <summary><c>s.Trim()</c>, keeping its origin.</summary>
    public static string Trim(string s)
    {
        int start = 0, end = s.Length;
        while (start < end && char.IsWhiteSpace(s[start])) start++;
        while (end > start && char.IsWhiteSpace(s[end - 1])) end--;
        return Slice(s, start, end - start);
    }

    /// <summary><c>s.TrimEnd()</c>, keeping its origin.</summary>
    public static string TrimEnd(string s)
    {
        var end = s.Length;
        while (end > 0 && char.IsWhiteSpace(s[end - 1])) end--;
        return Slice(s, 0, end);
    }

    /// <summary><c>s.TrimStart()</c>, keeping its origin.</summary>
    public static string TrimStart(string s)
    {
        var start = 0;
        while (start < s.Length && char.IsWhiteSpace(s[start])) start++;
        return Slice(s, start);
    }

    /// <summary>The parts joined with <paramref name="separator"/> between them; the separators were printed nowhere.</summary>
    public static string Join(string separator, IReadOnlyList<string> parts)
    {
        if (parts.Count == 1) return parts[0];
        var joined = string.Join(separator, parts);
        if (t_current is { } ledger && joined.Length > 0)
        {
            var pieces = new List<SourcePiece>();
            var at = 0;
            foreach (var part in parts)
            {
                ledger.AddShifted(pieces, part, at);
                at += part.Length + separator.Length;
            }
            ledger._origins[joined] = (0, [.. pieces]);
        }
        return joined;
    }

    /// <summary>A string built from parts (each appended whole, with text in between that was printed nowhere).</summary>
    public sealed class Builder
    {
        private readonly StringBuilder _text = new();
        private readonly List<SourcePiece> _pieces = [];

        public int Length => _text.Length;

        public char this[int index] => _text[index];

        public Builder Append(string part)
        {
            t_current?.AddShifted(_pieces, part, _text.Length);
            _text.Append(part);
            return this;
        }

        public Builder Append(char inserted)
        {
            _text.Append(inserted);
            return this;
        }

        public override string ToString()
        {
            var s = _text.ToString();
            if (t_current is { } ledger && s.Length > 0 && _pieces.Count > 0) ledger._origins[s] = (0, [.. _pieces]);
            return s;
        }
    }

    private void AddShifted(List<SourcePiece> pieces, string part, int at)
    {
        if (!_origins.TryGetValue(part, out var origin)) return;
        foreach (var p in Pieces(part, origin)) pieces.Add(p with { At = p.At + at });
    }

    private void Derive(string part, string origin, int at)
    {
        if (!_origins.TryGetValue(origin, out var from)) return;
        if (from.Pieces is null)
        {
            _origins[part] = (from.Start + at, null);
            return;
        }
        var derived = Within(from.Pieces, at, part.Length);
        if (derived.Length > 0) _origins[part] = (0, derived);
    }

    // The pieces of characters [at, at + length), shifted to start at 0.
    private static SourcePiece[] Within(SourcePiece[] pieces, int at, int length)
    {
        var end = at + length;
        var derived = new List<SourcePiece>(pieces.Length);
        foreach (var p in pieces)
        {
            var from = Math.Max(p.At, at);
            var to = Math.Min(p.At + p.Length, end);
            if (to > from) derived.Add(new SourcePiece(from - at, p.Start + from - p.At, to - from));
        }
        return [.. derived];
    }

    /// <summary>Records that <paramref name="joined"/> is made of <paramref name="pieces"/> of the page.</summary>
    public static void Record(string joined, SourcePiece[] pieces)
    {
        if (t_current is { } ledger && joined.Length > 0 && pieces.Length > 0) ledger._origins[joined] = (0, pieces);
    }

    private static SourcePiece[] Pieces(string s, (int Start, SourcePiece[]? Pieces) origin) =>
        origin.Pieces ?? [new SourcePiece(0, origin.Start, s.Length)];

    private static bool Within(string text, ReadOnlySpan<char> slice, out int offset) =>
        text.AsSpan().Overlaps(slice, out offset) && offset >= 0 && offset + slice.Length <= text.Length;
}
