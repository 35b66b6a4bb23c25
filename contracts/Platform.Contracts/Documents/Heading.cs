namespace Platform.Contracts.Documents;

/// <summary>An in-article heading (◎ 强化市级推动…, 开展“三宣传”).</summary>
/// <param name="Text">The heading text without its bullet marker.</param>
/// <param name="BeforeParagraph">0-based index into the article's paragraphs of the paragraph that follows the heading.</param>
public sealed record Heading(string Text, int BeforeParagraph);
