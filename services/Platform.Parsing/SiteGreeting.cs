namespace Platform.Parsing;

/// <summary>
/// A site's welcome banner at the top of its pages: "欢迎访问某某网", "欢迎进入访问某某新闻网!", "欢迎您光临某某文明网".
/// It greets the visitor and is furniture, not a headline or a story of its own.
/// </summary>
internal static class SiteGreeting
{
    private const int MaxLength = 30;

    private static readonly string[] VisitWords = ["访问", "光临"];

    /// <summary>True when the line (simplified) opens with 欢迎 and invites the reader to visit the site.</summary>
    public static bool IsLine(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxLength || !line.StartsWith("欢迎", StringComparison.Ordinal) || line.IndexOfAny("，,。；;") >= 0) return false;
        foreach (var word in VisitWords)
            if (line.Contains(word, StringComparison.Ordinal)) return true;
        return false;
    }
}
