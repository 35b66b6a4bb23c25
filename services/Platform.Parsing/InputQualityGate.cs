namespace Platform.Parsing;

/// <summary>Rejects input that cannot be a bulletin before layout rules run on it.</summary>
internal static class InputQualityGate
{
    private const int MinChineseCharacters = 10;

    /// <summary>Why the text is unusable, or null when it can be parsed.</summary>
    public static string? Check(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "empty input: the bulletin contains no text";
        int visible = 0, junk = 0, cjk = 0;
        foreach (var c in text)
        {
            if (ChineseText.IsSpace(c)) continue;
            visible++;
            if (ChineseText.IsCjk(c)) cjk++;
            else if (c == '\uFFFD' || char.IsControl(c) || char.IsSurrogate(c) || (c >= '\uE000' && c <= '\uF8FF') ||
                     char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherNotAssigned) junk++;
        }
        if (visible == 0) return "empty input: the bulletin contains no text";
        if (junk * 10 > visible) return $"binary data: {junk * 100 / visible}% of the characters are control or replacement characters";
        if (cjk < MinChineseCharacters) return "no recognisable structure: the text holds too little Chinese text to be a bulletin";
        return null;
    }
}
