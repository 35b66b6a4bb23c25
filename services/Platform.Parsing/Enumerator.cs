namespace Platform.Parsing;

/// <summary>The enumerator that numbers a heading or a story: 一、, 二、, (三), （四）, 5、, 6.</summary>
internal static class Enumerator
{
    private const string Numerals = "一二三四五六七八九十";

    /// <summary>Length of the enumerator at the start of the line, or 0.</summary>
    public static int Length(ReadOnlySpan<char> line)
    {
        var i = 0;
        var paren = line.Length > 0 && line[0] is '(' or '（';
        if (paren) i++;
        var start = i;
        while (i < line.Length && i - start < 3 && (Numerals.Contains(line[i]) || char.IsAsciiDigit(line[i]))) i++;
        if (i == start || i >= line.Length) return 0;
        if (paren) return line[i] is ')' or '）' ? i + 1 : 0;
        return line[i] is '、' || (line[i] == '.' && char.IsAsciiDigit(line[start])) ? i + 1 : 0;
    }
}
