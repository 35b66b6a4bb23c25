using Platform.Contracts.Documents;

namespace Platform.Enrichment;

/// <summary>What an enricher may know besides the article: its bulletin (date, year, masthead).</summary>
public sealed record EnrichmentContext(Bulletin Bulletin)
{
    /// <summary>
    /// The bulletin's items printed before this one (at least the run of photos right before a photo, else the story right
    /// before it), in reading order, as
    /// parsed (not enriched: the result must not depend on the order items are enriched in). A photo whose caption names no
    /// place takes its group's; empty when the caller does not supply them.
    /// </summary>
    public IReadOnlyList<Article> Preceding { get; init; } = [];

    /// <summary>
    /// The bulletin's items printed after this one (at least the run of photos right after a photo), in reading order, as
    /// parsed: the first caption of a run may name no place that a later one names. Empty when the caller does not supply them.
    /// </summary>
    public IReadOnlyList<Article> Following { get; init; } = [];

    /// <summary>
    /// How far a photo's run is read each way: neighbours beyond this many photos are never looked at, so a caller need
    /// supply no more, and a long gallery costs each of its photos a bounded number of store reads.
    /// </summary>
    public const int PhotoRunReach = 10;
}
