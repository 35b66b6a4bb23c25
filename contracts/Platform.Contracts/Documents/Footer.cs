namespace Platform.Contracts.Documents;

/// <summary>The footer of a briefing: editors, contacts and distribution lists.</summary>
/// <param name="Editor">责编 (responsible editor).</param>
/// <param name="Reviewer">核稿 (reviewer).</param>
/// <param name="Phone">电话.</param>
/// <param name="Fax">传真.</param>
/// <param name="Email">邮箱.</param>
/// <param name="ReportTo">报: recipients the briefing is reported to.</param>
/// <param name="SendTo">送: recipients it is sent to.</param>
/// <param name="DistributeTo">发: recipients it is distributed to.</param>
public sealed record Footer(
    string? Editor,
    string? Reviewer,
    string? Phone,
    string? Fax,
    string? Email,
    IReadOnlyList<string> ReportTo,
    IReadOnlyList<string> SendTo,
    IReadOnlyList<string> DistributeTo);
