namespace Platform.Contracts.Documents;

/// <summary>The masthead of a briefing (简报).</summary>
/// <param name="Publication">Publication name, e.g. "首都精神文明建设情况简报".</param>
/// <param name="Issue">Issue number (第 19 期), or null.</param>
/// <param name="TotalIssue">Running total (总第 2128 期), or null.</param>
/// <param name="Publisher">Publishing body, e.g. "首都精神文明办".</param>
/// <param name="Date">Publication date, or null.</param>
public sealed record Masthead(string? Publication, int? Issue, int? TotalIssue, string? Publisher, DateOnly? Date);
