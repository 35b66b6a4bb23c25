namespace Platform.Enrichment.Dates;

/// <summary>Dates the article mentions and the date it reports on.</summary>
public sealed class DateEnricher : IEnricher
{
    public string Name => "dates";

    public string Version => "1.0.0";

    public void Enrich(ArticleText article, EnrichmentDraft draft)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(draft);
        var bulletin = article.Context.Bulletin;
        var bulletinDate = bulletin.Masthead?.Date;
        draft.Dates = DateExtractor.Extract(article.Body, bulletinDate, bulletin.Year);
        draft.Date = DateExtractor.ReportedDate(draft.Dates, bulletinDate);
    }
}
