namespace Platform.OperatorConsole.Provenance;

/// <summary>
/// A text with its whitespace removed and a map back to the original offsets. Fields are matched in this form
/// because the parser joins broken lines and trims indentation, so a field's characters appear in the source in
/// order but with line breaks and spaces between them.
/// </summary>
public sealed class CompactText
{
    private readonly int[] _original;

    public CompactText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = new List<char>(text.Length);
        var map = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i])) continue;
            chars.Add(text[i]);
            map.Add(i);
        }
        Value = new string(chars.ToArray());
        _original = map.ToArray();
    }

    public string Value { get; }

    /// <summary>Offset in the original text of the compact character at <paramref name="index"/>.</summary>
    public int OriginalOffset(int index) => _original[index];

    /// <summary>The original span [start, end) covering compact characters [start, end).</summary>
    public (int Offset, int Length) OriginalSpan(int start, int end) =>
        (_original[start], _original[end - 1] + 1 - _original[start]);
}
