namespace Platform.Parsing;

/// <summary>
/// The same stretch of the page twice: as printed, and in simplified characters (same length). Rules read
/// <see cref="Simple"/>; fields are cut from <see cref="Printed"/> at the same offsets, so names and titles
/// come out as printed while traditional pages match the simplified lexicons.
/// </summary>
internal readonly ref struct Twin(ReadOnlySpan<char> printed, ReadOnlySpan<char> simple)
{
    public ReadOnlySpan<char> Printed { get; } = printed;

    public ReadOnlySpan<char> Simple { get; } = simple;

    public int Length => Printed.Length;

    public bool IsEmpty => Printed.IsEmpty;

    public static Twin Of(string printed, string simple) => new(printed, simple);

    public static Twin Of(string text) => new(text, text);

    public Twin Slice(int start) => new(Printed[start..], Simple[start..]);

    public Twin Slice(int start, int length) => new(Printed.Slice(start, length), Simple.Slice(start, length));

    public Twin Trim()
    {
        var start = 0;
        var end = Printed.Length;
        while (start < end && ChineseText.IsSpace(Printed[start])) start++;
        while (end > start && ChineseText.IsSpace(Printed[end - 1])) end--;
        return Slice(start, end - start);
    }

    public override string ToString() => Printed.ToString();
}
