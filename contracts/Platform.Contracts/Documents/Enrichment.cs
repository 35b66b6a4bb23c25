namespace Platform.Contracts.Documents;

/// <summary>What an article is about, computed by the enrich stage.</summary>
/// <param name="Regions">Primary and mentioned administrative regions.</param>
/// <param name="Dates">Dates the article mentions.</param>
/// <param name="Topics">Topics from the versioned taxonomy, with evidence.</param>
/// <param name="People">Named people (honorees, officials, authors).</param>
/// <param name="Organizations">Named organizations.</param>
/// <param name="Figures">Quantities (2600余名机关干部, 1.9%).</param>
/// <param name="Keywords">Salient terms with weights.</param>
/// <param name="Fingerprint">64-bit SimHash of the text as 16 hex digits, for near-duplicate detection.</param>
/// <param name="DuplicateOf">Id of a stored article this one nearly copies, or null.</param>
/// <param name="Date">The date the article reports on: the first full date in the text, else the bulletin date; null when unknown. Date-range queries use it.</param>
public sealed record Enrichment(
    Regions Regions,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<TopicScore> Topics,
    IReadOnlyList<PersonMention> People,
    IReadOnlyList<OrganizationMention> Organizations,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<Keyword> Keywords,
    string Fingerprint,
    string? DuplicateOf,
    DateOnly? Date);
