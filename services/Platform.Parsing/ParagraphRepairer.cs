namespace Platform.Parsing;

/// <summary>
/// Rejoins paragraphs split by column and page breaks: a paragraph that stops without sentence-final
/// punctuation is continued by the next body line (…提高 / 群众自我保护能力…; …发挥心 / 理咨询…).
/// Paragraphs that end a sentence are real paragraph ends and stay apart.
/// </summary>
internal static class ParagraphRepairer
{
    public static bool IsOpen(string paragraph) => IsOpen(paragraph.AsSpan());

    /// <summary>True when the paragraph stops mid-sentence; a sentence closed by a parenthesis ("。(李明)") is finished.</summary>
    public static bool IsOpen(ReadOnlySpan<char> paragraph)
    {
        if (ChineseText.EndsSentence(paragraph)) return false;
        var p = ChineseText.Trim(paragraph);
        if (p.Length < 4 || p[^1] is not (')' or '）')) return true;
        var open = p.LastIndexOfAny('(', '（');
        return open <= 0 || p.Length - open > 34 || !ChineseText.EndsSentence(p[..open]);
    }

    public static string Join(string head, string tail)
    {
        // Latin words and numbers cut at a column edge continue without a space, exactly like Chinese.
        return string.Concat(head.AsSpan().TrimEnd(), tail.AsSpan().TrimStart());
    }
}
