namespace Platform.Text;

/// <summary>
/// Traditional → simplified Chinese, one character for one character, so a converted copy has the same
/// length and every offset found in it is valid in the text as printed. Rules and lexicons are written in
/// simplified characters and run on such a copy; fields are still cut from the printed text.
/// </summary>
/// <remarks>
/// The table (Data/traditional-simplified.tsv) is generated from OpenCC's dictionaries in the npm package
/// opencc-js (Apache-2.0) by Generators/traditional-simplified/generate.mjs. Character-level conversion
/// cannot resolve the few one-to-many cases that need phrases; the generator leaves out characters that
/// simplified text also uses as they are, so simplified input is never changed.
/// </remarks>
public static class SimplifiedChinese
{
    private static readonly char[] Map = Load();

    // The characters Map changes, as bits: the scan of every text for its first one reads these, not the 128 KB map.
    private static readonly CharacterBitmap Changed = new(c => Map[c] != c);

    /// <summary>The simplified form of one character (the character itself when it has none).</summary>
    public static char Convert(char c) => Map[c];

    /// <summary>The simplified copy of <paramref name="text"/>; the same instance when nothing changes.</summary>
    public static string Convert(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstTraditional(text);
        if (first < 0) return text;
        return string.Create(text.Length, (text, first), static (dest, state) =>
        {
            var (source, from) = state;
            source.AsSpan(0, from).CopyTo(dest);
            for (var i = from; i < source.Length; i++) dest[i] = Map[source[i]];
        });
    }

    /// <summary>Writes the simplified form of <paramref name="source"/> into <paramref name="destination"/> (same length).</summary>
    public static void Convert(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (destination.Length < source.Length) throw new ArgumentException("destination is shorter than source", nameof(destination));
        for (var i = 0; i < source.Length; i++) destination[i] = Map[source[i]];
    }

    /// <summary>Index of the first character that has a different simplified form, or -1.</summary>
    public static int FirstTraditional(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= '\u3400' && Changed.Contains(c)) return i;
        }
        return -1;
    }

    private static readonly Lazy<char[]> Inverse = new(BuildInverse);

    /// <summary>
    /// A traditional-character copy of simplified text, one character for one: each simplified character becomes the
    /// first traditional character the table maps to it. Not a converter for publishing (it ignores phrases); it makes
    /// traditional copies of known text, e.g. to check that traditional pages are read like their originals.
    /// </summary>
    public static string ToTraditionalCopy(string simplified)
    {
        ArgumentNullException.ThrowIfNull(simplified);
        var map = Inverse.Value;
        return string.Create(simplified.Length, (simplified, map), static (dest, state) =>
        {
            for (var i = 0; i < state.simplified.Length; i++) dest[i] = state.map[state.simplified[i]];
        });
    }

    private static char[] BuildInverse()
    {
        var map = new char[char.MaxValue + 1];
        for (var i = 0; i < map.Length; i++) map[i] = (char)i;
        for (var c = char.MaxValue; c >= '\u3400'; c--)
        {
            // Walking down leaves the lowest traditional code point for each simplified character.
            var s = Map[c];
            if (s != c) map[s] = c;
        }
        return map;
    }

    private static char[] Load()
    {
        var map = new char[char.MaxValue + 1];
        for (var i = 0; i < map.Length; i++) map[i] = (char)i;
        using var stream = typeof(SimplifiedChinese).Assembly.GetManifestResourceStream("Platform.Text.traditional-simplified.tsv")
            ?? throw new InvalidOperationException("embedded traditional-simplified table is missing");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 3 && line[1] == '\t') map[line[0]] = line[2];
        }
        return map;
    }
}
