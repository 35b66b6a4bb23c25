namespace Platform.Text;

/// <summary>What counts as a Han character, for every module that scans Chinese text.</summary>
public static class HanCharacters
{
    /// <summary>
    /// CJK Unified Ideographs, Extension A and the compatibility block. One definition, so the parser and the
    /// enrichers agree on where a Chinese word starts and ends (supplementary-plane extensions arrive as surrogate
    /// pairs and are not letters of any rule here).
    /// </summary>
    public static bool IsHan(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>Whether every character is Han (true for an empty span; callers check the length they need).</summary>
    public static bool AreAllHan(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!IsHan(c)) return false;
        return true;
    }
}
