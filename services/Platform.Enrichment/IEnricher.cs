namespace Platform.Enrichment;

/// <summary>One independent step of enrichment; it fills its part of the draft and nothing else.</summary>
public interface IEnricher
{
    /// <summary>Short stable name, used in warnings ("regions: …").</summary>
    string Name { get; }

    string Version { get; }

    void Enrich(ArticleText article, EnrichmentDraft draft);
}
