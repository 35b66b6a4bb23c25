namespace Platform.Parsing;

/// <summary>
/// Rejoins paragraphs split by column and page breaks: a paragraph that stops without sentence-final
/// punctuation is continued by the next body line (…提高 / 群众自我保护能力…; …发挥心 / 理咨询…).
/// Paragraphs that end a sentence are real paragraph ends and stay apart.
/// </summary>
internal static class ParagraphRepairer
{
    public static bool IsOpen(string paragraph) => !ChineseText.EndsSentence(paragraph);

    public static bool IsOpen(ReadOnlySpan<char> paragraph) => !ChineseText.EndsSentence(paragraph);

    public static string Join(string head, string tail)
    {
        // Latin words and numbers cut at a column edge continue without a space, exactly like Chinese.
        return string.Concat(head.AsSpan().TrimEnd(), tail.AsSpan().TrimStart());
    }
}
