using Platform.Contracts.Documents;

namespace Platform.Enrichment.People;

/// <summary>Honorees, officials and authors.</summary>
public sealed class PersonEnricher : PrintedMentionEnricher<PersonMention>
{
    public override string Name => "people";

    public override string Version => "1.1.0";

    protected override IEnumerable<PersonMention> Find(ArticleText article) => PersonExtractor.Extract(article.Body, article.Article.Byline);

    protected override PersonMention AsPrinted(PersonMention mention, string original) => mention with { Name = PrintedText.At(original, mention.Offset, mention.Name) };

    protected override void Store(EnrichmentDraft draft, IReadOnlyList<PersonMention> mentions) => draft.People = mentions;
}
