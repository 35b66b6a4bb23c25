namespace Platform.Enrichment;

/// <summary>The enrichment of one article and the warnings of enrichers that failed on it.</summary>
public sealed record EnrichmentResult(Contracts.Documents.Enrichment Enrichment, IReadOnlyList<string> Warnings);
