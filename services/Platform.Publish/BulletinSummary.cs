namespace Platform.Publish;

/// <summary>Payload of bulletin.published / bulletin.rejected events.</summary>
public sealed record BulletinSummary(
    string Id,
    string Status,
    string? RejectReason,
    int? Year,
    string? Publication,
    DateOnly? Date,
    IReadOnlyList<string> Sections,
    IReadOnlyList<string> ArticleIds);
