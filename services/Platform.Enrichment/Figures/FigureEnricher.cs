using Platform.Contracts.Documents;

namespace Platform.Enrichment.Figures;

/// <summary>Quantities in the article text.</summary>
public sealed class FigureEnricher : PrintedMentionEnricher<Figure>
{
    public override string Name => "figures";

    public override string Version => "2.0.0";

    protected override IEnumerable<Figure> Find(ArticleText article) => FigureExtractor.Extract(article.Body);

    protected override Figure AsPrinted(Figure mention, string original) => mention with { Text = PrintedText.At(original, mention.Offset, mention.Text) };

    protected override void Store(EnrichmentDraft draft, IReadOnlyList<Figure> mentions) => draft.Figures = mentions;
}
