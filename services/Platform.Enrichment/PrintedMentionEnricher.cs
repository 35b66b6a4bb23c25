namespace Platform.Enrichment;

/// <summary>
/// The skeleton of the enrichers that find mentions in the simplified body and report each one as printed
/// (<see cref="PrintedText"/>): find, cut the printed form out of the original at the mention's offset, store.
/// </summary>
public abstract class PrintedMentionEnricher<TMention> : IEnricher
{
    public abstract string Name { get; }

    public abstract string Version { get; }

    public void Enrich(ArticleText article, EnrichmentDraft draft)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(draft);
        var original = article.Article.Text ?? "";
        Store(draft, Find(article).Select(m => AsPrinted(m, original)).ToList());
    }

    /// <summary>The mentions as found in the simplified body.</summary>
    protected abstract IEnumerable<TMention> Find(ArticleText article);

    /// <summary>The mention with its text as <paramref name="original"/> prints it.</summary>
    protected abstract TMention AsPrinted(TMention mention, string original);

    protected abstract void Store(EnrichmentDraft draft, IReadOnlyList<TMention> mentions);
}
