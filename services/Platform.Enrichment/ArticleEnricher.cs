using Platform.Contracts.Documents;
using Platform.Enrichment.Gazetteer;
using Platform.Enrichment.Dates;
using Platform.Enrichment.Figures;
using Platform.Enrichment.Fingerprints;
using Platform.Enrichment.Keywords;
using Platform.Enrichment.Organizations;
using Platform.Enrichment.People;
using Platform.Enrichment.Regions;
using Platform.Enrichment.Topics;

namespace Platform.Enrichment;

/// <summary>Runs every enricher on an article; an enricher that fails leaves a warning and the others still run.</summary>
public sealed class ArticleEnricher
{
    public const string Version = "2.1.0";

    private static readonly Lazy<ArticleEnricher> Shared = new(() => new ArticleEnricher(DefaultEnrichers(AdminGazetteer.Default)));

    public ArticleEnricher(IEnumerable<IEnricher> enrichers)
    {
        ArgumentNullException.ThrowIfNull(enrichers);
        Enrichers = enrichers.ToArray();
    }

    public IReadOnlyList<IEnricher> Enrichers { get; }

    /// <summary>The standard enrichers over the embedded gazetteer; built once and shared (it is immutable).</summary>
    public static ArticleEnricher CreateDefault() => Shared.Value;

    public static IEnumerable<IEnricher> DefaultEnrichers(AdminGazetteer gazetteer) =>
    [
        new RegionEnricher(gazetteer),
        new DateEnricher(),
        new TopicEnricher(new TopicClassifier(Taxonomy.Default)),
        new PersonEnricher(),
        new OrganizationEnricher(),
        new FigureEnricher(),
        new KeywordEnricher(),
        new FingerprintEnricher(),
    ];

    public EnrichmentResult Enrich(Article article, EnrichmentContext context)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(context);
        var text = new ArticleText(article, context);
        var draft = new EnrichmentDraft();
        var warnings = new List<string>();
        foreach (var enricher in Enrichers)
        {
            try
            {
                enricher.Enrich(text, draft);
            }
#pragma warning disable CA1031 // One enricher's bug must not cost the article its other enrichments.
            catch (Exception e)
#pragma warning restore CA1031
            {
                warnings.Add($"{enricher.Name}: {e.Message}");
            }
        }
        return new EnrichmentResult(draft.Build(), warnings);
    }
}
