using Platform.Contracts.Documents;

namespace Platform.Enrichment.Organizations;

/// <summary>Named organizations, including the byline's supplying office.</summary>
public sealed class OrganizationEnricher : PrintedMentionEnricher<OrganizationMention>
{
    public override string Name => "organizations";

    public override string Version => "1.1.0";

    protected override IEnumerable<OrganizationMention> Find(ArticleText article) => OrganizationExtractor.Extract(article.Body, article.Article.Byline);

    protected override OrganizationMention AsPrinted(OrganizationMention mention, string original) => mention with { Name = PrintedText.At(original, mention.Offset, mention.Name) };

    protected override void Store(EnrichmentDraft draft, IReadOnlyList<OrganizationMention> mentions) => draft.Organizations = mentions;
}
