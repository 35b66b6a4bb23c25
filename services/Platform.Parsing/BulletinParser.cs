using Platform.Text;
using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>Turns the normalized text of a newspaper page or briefing into bulletin and article documents.</summary>
/// <remarks>
/// Pure and thread-safe. Never throws on bad input: unusable text yields no articles and a warning.
/// Every non-space character of the normalized input ends up in exactly one place: an article's kicker,
/// title, subtitle, byline raw text, headings or paragraphs, or the bulletin's discarded list (masthead,
/// footer and section-header lines are kept there verbatim, next to their parsed fields). Every field and discarded
/// run carries its <see cref="SourceSpan"/>s in the normalized text, recorded as it is cut (<see cref="SourceLedger"/>).
/// </remarks>
public sealed class BulletinParser
{
    public const string Version = "2.0.0";

    public ParseResult Parse(string text, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var normalized = TextNormalizer.NormalizeExceptOuterBlankLines(text ?? string.Empty);
        try
        {
            return ParseNormalized(normalized, context);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A parser bug must not stop the pipeline: report it and keep the text.
            return Unusable(normalized, context, $"parser failure: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private static ParseResult ParseNormalized(string normalized, ParseContext context)
    {
        var unusable = InputQualityGate.Check(normalized);
        if (unusable is not null) return Unusable(normalized, context, unusable);

        // Wrapped columns are joined before anything else reads lines, and before cleaning: pinyin may be cut by the wrap.
        var unwrapped = ColumnWrap.Join(normalized);
        var cleaned = PageTextCleaner.Clean(unwrapped.Text);
        var text = cleaned.Text;
        using var ledger = SourceLedger.Open(text);
        var simple = SimplifiedChinese.Convert(text);
        var discarded = new List<DiscardedText>(cleaned.Removed);
        var warnings = new List<string>();
        if (cleaned.PinyinArtifacts > 0)
            warnings.Add($"removed {cleaned.PinyinArtifacts} pinyin annotations left by a simplified-to-traditional converter (服務(wù) → 服務)");
        var lines = PageLine.Split(text);

        var masthead = MastheadParser.Parse(text, lines, out var bodyStart);
        for (var i = 0; i < bodyStart; i++) discarded.Add(new DiscardedText(lines[i].Text(text), DiscardReasons.Masthead));

        var footerStart = FooterParser.FindStart(simple, lines, bodyStart);
        Footer? footer = null;
        if (footerStart < lines.Count)
        {
            // Hard-wrapped footer lines were joined with the rest of the page by ColumnWrap.
            var footerLines = new List<string>(lines.Count - footerStart);
            for (var i = footerStart; i < lines.Count; i++) footerLines.Add(lines[i].Text(text));
            footer = FooterParser.Parse(footerLines);
            foreach (var l in footerLines) discarded.Add(new DiscardedText(l, DiscardReasons.Footer));
        }

        var page = ChromeFilter.Run(text, simple, lines, bodyStart, footerStart);
        discarded.AddRange(page.Discarded);
        HeadlineMarks.Apply(page.Lines, text, context.Hints);
        if (masthead is null && page.SiteChrome) masthead = SiteMasthead.From(page.Discarded);
        var segmented = new PageSegmenter(text, simple, page.Lines, page.SiteChrome).Run();
        discarded.AddRange(segmented.Discarded);
        var drafts = segmented.Items;
        OrphanBodyDetector.Split(drafts);
        OrphanLinker.Link(drafts);
        PageItemRules.Apply(drafts, page.SiteChrome, discarded);

        var joins = new CleanedOffsets(unwrapped.Joins);
        var spans = new FieldSpans(ledger, normalized, new CleanedOffsets(cleaned.Cuts, joins), joins);
        var articles = new List<Article>(drafts.Count);
        for (var k = 0; k < drafts.Count; k++)
        {
            var d = drafts[k];
            if (d.Paragraphs.Count == 0 && d.Title is null && d.Kicker is null && d.Subtitle is null && d.Headings.Count == 0 &&
                !PageItemRules.IsUncaptionedPhoto(drafts, k))
            {
                // A credit or byline with nothing to attach to.
                foreach (var raw in d.BylineRaw) discarded.Add(new DiscardedText(raw, DiscardReasons.UnattachedByline));
                continue;
            }
            var article = ArticleAssembler.Assemble(d, context.BulletinId, articles.Count + 1);
            articles.Add(article with { Spans = spans.Of(article) });
        }
        if (articles.Count == 0)
            warnings.Add(page.Discarded.Count > 0
                ? "no articles found: the page holds only navigation, headline lists or other page furniture"
                : "no articles found: the text has no recognisable story, photo, quote or ad");

        var year = masthead?.Date?.Year ?? YearEstimator.Estimate(text, context.ReceivedAt.Year + 1) ?? EraMarkers.Estimate(simple, context.ReceivedAt.Year + 1);
        var bulletin = new Bulletin(context.BulletinId, context.SourceId, context.Sha256, masthead, footer, segmented.Sections, year,
            articles.Select(a => a.Id).ToArray(), PipelineStatus.Parsed, null, context.ReceivedAt, Version, warnings, discarded, 0)
        {
            Spans = spans.OfDiscarded(discarded, cleaned.Cuts),
            Format = context.Format,
            ExtractionWarnings = context.ExtractionWarnings,
        };
        return new ParseResult(bulletin, articles);
    }

    private static ParseResult Unusable(string text, ParseContext context, string reason)
    {
        var discarded = string.IsNullOrWhiteSpace(text) ? [] : new[] { new DiscardedText(text, DiscardReasons.UnusableInput) };
        var bulletin = new Bulletin(context.BulletinId, context.SourceId, context.Sha256, null, null, [], null, [],
            PipelineStatus.Parsed, null, context.ReceivedAt, Version, [reason], discarded, 0)
        {
            Spans = discarded.Length == 0 ? [] : [new SourceSpan(SourceSpan.Discarded(0), 0, text.Length)],
            Format = context.Format,
            ExtractionWarnings = context.ExtractionWarnings,
        };
        return new ParseResult(bulletin, []);
    }
}
