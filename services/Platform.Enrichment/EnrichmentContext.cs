using Platform.Contracts.Documents;

namespace Platform.Enrichment;

/// <summary>What an enricher may know besides the article: its bulletin (date, year, masthead).</summary>
public sealed record EnrichmentContext(Bulletin Bulletin);
