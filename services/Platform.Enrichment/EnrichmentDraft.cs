using Platform.Contracts.Documents;

namespace Platform.Enrichment;

/// <summary>The enrichment being built; each enricher sets its own fields, the rest keep their defaults.</summary>
public sealed class EnrichmentDraft
{
    public Contracts.Documents.Regions Regions { get; set; } = new(null, []);
    public IReadOnlyList<DateMention> Dates { get; set; } = [];
    public DateOnly? Date { get; set; }
    public IReadOnlyList<TopicScore> Topics { get; set; } = [];
    public IReadOnlyList<PersonMention> People { get; set; } = [];
    public IReadOnlyList<OrganizationMention> Organizations { get; set; } = [];
    public IReadOnlyList<Figure> Figures { get; set; } = [];
    public IReadOnlyList<Keyword> Keywords { get; set; } = [];
    public string Fingerprint { get; set; } = "0000000000000000";

    public Contracts.Documents.Enrichment Build() =>
        new(Regions, Dates, Topics, People, Organizations, Figures, Keywords, Fingerprint, null, Date);
}
