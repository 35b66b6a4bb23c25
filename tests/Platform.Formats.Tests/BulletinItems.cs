using Platform.Contracts.Documents;
using Platform.Enrichment;
using Platform.Parsing;
using Platform.Testing.Documents;

namespace Platform.Formats.Tests;

/// <summary>What a format must preserve: per item its kind, title, authors and primary region, as parser and enricher see them.</summary>
public sealed record BulletinItem(ArticleKind Kind, string? Title, string Authors, string? Region)
{
    private static readonly BulletinParser Parser = new();
    private static readonly ParseContext Context = new("0000000000000000", "test", "0", new DateTimeOffset(2020, 5, 1, 0, 0, 0, TimeSpan.Zero));

    /// <param name="text">The page text.</param>
    /// <param name="hints">The layout hints extraction found (none for plain text).</param>
    public static IReadOnlyList<BulletinItem> Of(string text, DocumentHints? hints = null)
    {
        var parsed = Parser.Parse(text, hints is null ? Context : Context with { Hints = new HeadlineHints(hints.Title, hints.Headlines) });
        var enricher = ArticleEnricher.CreateDefault();
        var context = new EnrichmentContext(parsed.Bulletin);
        return parsed.Articles.Select(a => new BulletinItem(a.Kind, ExpectedOutput.Canonical(a.Title),
            string.Join(",", a.Byline.Authors.Select(ExpectedOutput.Canonical)),
            enricher.Enrich(a, context).Enrichment.Regions.Primary?.Code)).ToList();
    }

    /// <summary>
    /// The text's blocks as a typesetter would mark them from the parse of the plain text: lines of titles, kickers
    /// and subtitles are headlines; the masthead and footer lines the parser set aside go to the masthead and footer.
    /// </summary>
    public static IReadOnlyList<DocumentBlock> Blocks(string text)
    {
        var parsed = Parser.Parse(text, Context);
        var titles = parsed.Articles.SelectMany(a => new[] { a.Title, a.Kicker, a.Subtitle }).Select(ExpectedOutput.Canonical).OfType<string>().ToList();
        var masthead = parsed.Bulletin.Discarded.Where(d => d.Reason == "masthead").Select(d => ExpectedOutput.Canonical(d.Text)).ToHashSet();
        var footer = parsed.Bulletin.Discarded.Where(d => d.Reason == "footer").Select(d => ExpectedOutput.Canonical(d.Text)).ToHashSet();
        bool IsTitle(string line) => ExpectedOutput.Canonical(line) is { Length: >= 2 } c && titles.Any(t => t.Contains(c, StringComparison.Ordinal));
        // A title and its byline on one line of the plain text ("…文明创建 薛克") are two lines in any typeset page.
        var typeset = string.Join('\n', text.Split('\n').SelectMany(line =>
            !IsTitle(line) && line.LastIndexOf(' ') is > 0 and var cut && IsTitle(line[..cut]) ? [line[..cut], line[(cut + 1)..]] : new[] { line }));
        return DocumentBlock.FromText(typeset, IsTitle,
            line => masthead.Contains(ExpectedOutput.Canonical(line)) ? BlockRole.Masthead : footer.Contains(ExpectedOutput.Canonical(line)) ? BlockRole.Footer : BlockRole.Body);
    }
}
