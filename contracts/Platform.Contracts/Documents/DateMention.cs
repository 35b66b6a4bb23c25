namespace Platform.Contracts.Documents;

/// <summary>A date mentioned in an article.</summary>
/// <param name="Text">The text as printed (e.g. "3月5日", "近日").</param>
/// <param name="Value">ISO value ("2020-03-05", "2020-03", "2020"), or null for relative dates.</param>
/// <param name="Precision">"day", "month", "year" or "relative".</param>
/// <param name="Inferred">True when the year was not printed and was inferred from context.</param>
/// <param name="Offset">Character offset in the article text.</param>
public sealed record DateMention(string Text, string? Value, string Precision, bool Inferred, int Offset);
