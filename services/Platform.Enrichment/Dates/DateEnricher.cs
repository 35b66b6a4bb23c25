using Platform.Contracts.Documents;

namespace Platform.Enrichment.Dates;

/// <summary>Dates the article mentions and the date it reports on.</summary>
public sealed class DateEnricher : IEnricher
{
    public string Name => "dates";

    public string Version => "2.1.0";

    public void Enrich(ArticleText article, EnrichmentDraft draft)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(draft);
        var bulletin = article.Context.Bulletin;
        var original = article.Article.Text ?? "";
        var dates = DateExtractor.Extract(article.Body, AnchorOf(bulletin), bulletin.Year);
        draft.Date = DateExtractor.ReportedDate(dates, bulletin.Masthead?.Date, article.Body);
        draft.Dates = dates.Select(d => d with { Text = PrintedText.At(original, d.Offset, d.Text) }).ToList();
    }

    // Bulletins are dated in China's time zone (UTC+8, no daylight saving).
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    /// <summary>
    /// The date relative dates are read against: the masthead's date, else the day the bulletin was received
    /// when that agrees with the year the parser estimated (an old page pushed today is not dated today).
    /// </summary>
    public static DateOnly? AnchorOf(Bulletin bulletin)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        if (bulletin.Masthead?.Date is { } printed) return printed;
        if (bulletin.ReceivedAt <= DateTimeOffset.UnixEpoch) return null;
        var received = DateOnly.FromDateTime(bulletin.ReceivedAt.ToOffset(ChinaStandardTime).DateTime);
        return bulletin.Year is null || bulletin.Year == received.Year ? received : null;
    }
}
