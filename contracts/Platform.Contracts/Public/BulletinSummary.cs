using Platform.Contracts.Documents;

namespace Platform.Contracts.Public;

/// <summary>The body of <c>bulletin.published</c> and <c>bulletin.rejected</c> events: a bulletin without its text.</summary>
/// <param name="Id">The bulletin id (the events' subject).</param>
/// <param name="Status">Published, or rejected (then <paramref name="RejectReason"/> says why).</param>
/// <param name="RejectReason">Why the bulletin was rejected, or null.</param>
/// <param name="Year">Best estimate of the publication year, or null.</param>
/// <param name="Publication">Name of the briefing from its masthead, or null for newspaper pages.</param>
/// <param name="Date">Date from the masthead, or null.</param>
/// <param name="Sections">Section headers (【…】) in order.</param>
/// <param name="ArticleIds">Ids of the bulletin's articles in reading order (each has had its own article event).</param>
public sealed record BulletinSummary(
    string Id,
    PipelineStatus Status,
    string? RejectReason,
    int? Year,
    string? Publication,
    DateOnly? Date,
    IReadOnlyList<string> Sections,
    IReadOnlyList<string> ArticleIds)
{
    /// <summary>The summary of <paramref name="bulletin"/>.</summary>
    public static BulletinSummary Of(Bulletin bulletin)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        return new BulletinSummary(bulletin.Id, bulletin.Status, bulletin.RejectReason, bulletin.Year, bulletin.Masthead?.Publication,
            bulletin.Masthead?.Date, bulletin.Sections, bulletin.ArticleIds);
    }
}
