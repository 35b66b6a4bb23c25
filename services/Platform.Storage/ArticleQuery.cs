using Platform.Contracts.Documents;

namespace Platform.Storage;

/// <summary>Filters of the article query; all optional, combined with AND. Results are ordered by article id.</summary>
/// <param name="RegionPrefix">Prefix of the primary region code: "43" (province), "4301" (city), "430105" (county).</param>
/// <param name="Topic">Topic id that must be among the article's topics.</param>
/// <param name="Kind">Article kind.</param>
/// <param name="From">Earliest article date (inclusive).</param>
/// <param name="To">Latest article date (inclusive).</param>
/// <param name="BulletinId">Only articles of this bulletin.</param>
/// <param name="TextContains">Substring of title or text.</param>
/// <param name="Status">Only articles in this pipeline status.</param>
/// <param name="Cursor">Cursor from the previous page, or null for the first page.</param>
/// <param name="Limit">Page size (1–500).</param>
public sealed record ArticleQuery(
    string? RegionPrefix = null,
    string? Topic = null,
    ArticleKind? Kind = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? BulletinId = null,
    string? TextContains = null,
    PipelineStatus? Status = null,
    string? Cursor = null,
    int Limit = 50);
