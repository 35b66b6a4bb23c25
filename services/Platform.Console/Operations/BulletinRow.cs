using Platform.Contracts.Documents;

namespace Platform.OperatorConsole.Operations;

/// <summary>One line of the bulletin list.</summary>
/// <param name="Id">Bulletin id.</param>
/// <param name="SourceId">Source that delivered it.</param>
/// <param name="ReceivedAt">When fetch accepted it.</param>
/// <param name="Date">Publication date (masthead, else what the upstream claimed), or null.</param>
/// <param name="Year">The parser's best estimate of the year, shown when no date is known.</param>
/// <param name="Status">How far it has travelled.</param>
/// <param name="Items">Articles parsed from it.</param>
/// <param name="RejectReason">Why it was rejected, or null.</param>
/// <param name="Headline">Masthead and issue of a briefing, else the first item's title.</param>
public sealed record BulletinRow(
    string Id, string SourceId, DateTimeOffset ReceivedAt, DateOnly? Date, int? Year, PipelineStatus Status, int Items, string? RejectReason, string? Headline);
