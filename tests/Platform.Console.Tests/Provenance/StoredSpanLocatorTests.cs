using Platform.Contracts.Documents;
using Platform.Formats;
using Platform.OperatorConsole.Provenance;
using Platform.Parsing;
using Platform.Testing;

namespace Platform.Console.Tests.Provenance;

/// <summary>The console's provenance reads the spans the parser stored; the text search serves only documents without them.</summary>
public sealed class StoredSpanLocatorTests
{
    public static TheoryData<string> Seeds => new(Directory.GetFiles(RepositoryRoot.Combine("seeds"), "*.txt").Select(Path.GetFileName).Order()!);

    private static (string Text, ParseResult Parsed) Parse(string seed)
    {
        var (decoded, _) = DocumentExtractor.Extract(File.ReadAllBytes(RepositoryRoot.Combine("seeds", seed)), "text/plain");
        var text = decoded!.Text;
        return (text, new BulletinParser().Parse(text, new ParseContext("0000000000000000", "tests", new string('0', 64), DateTimeOffset.UnixEpoch)));
    }

    private static string Compact(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_field_is_highlighted_at_its_stored_spans_with_its_role(string seed)
    {
        var (text, parsed) = Parse(seed);
        var highlights = new StoredSpanLocator().Locate(text, parsed.Bulletin, parsed.Articles);
        foreach (var article in parsed.Articles)
        {
            foreach (var (field, role, value) in ArticleFields.Of(article))
            {
                var mine = highlights.Where(h => h.Item == article.Ordinal && h.Span.Field == field).ToList();
                Assert.All(mine, h => Assert.Equal(role, h.Role));
                Assert.Equal(article.Spans.Where(s => s.Field == field), mine.Select(h => h.Span));
                Assert.Equal(Compact(value), Compact(string.Concat(mine.Select(h => text.Substring(h.Offset, h.Length)))));
            }
        }
        Assert.Equal(parsed.Bulletin.Spans, highlights.Where(h => h.Role == SourceRole.Discarded).Select(h => h.Span));
        Assert.All(highlights.Where(h => h.Role == SourceRole.Discarded), h =>
            Assert.Equal("discarded: " + parsed.Bulletin.Discarded[int.Parse(h.Span.Field[10..^1], System.Globalization.CultureInfo.InvariantCulture)].Reason, h.Label));
    }

    [Fact]
    public void Documents_stored_before_spans_existed_fall_back_to_the_text_search()
    {
        var (text, parsed) = Parse("002_6da5d7cf062071ae.txt");
        var bulletin = parsed.Bulletin with { Spans = [] };
        var articles = parsed.Articles.Select(a => a with { Spans = [] }).ToList();
        Assert.False(StoredSpanLocator.HasRecordedSpans(bulletin, articles));
        var highlights = new StoredSpanLocator().Locate(text, bulletin, articles);
        Assert.NotEmpty(highlights);
        Assert.Equal(new LegacyTextSearchSpanLocator().Locate(text, bulletin, articles), highlights);
    }

    [Fact]
    public void A_stored_span_past_the_end_of_the_text_is_left_out()
    {
        var (text, parsed) = Parse("002_6da5d7cf062071ae.txt");
        var article = parsed.Articles[0] with { Spans = [new SourceSpan("title", text.Length - 1, 5)] };
        var highlights = new StoredSpanLocator().Locate(text, parsed.Bulletin, [article]);
        Assert.DoesNotContain(highlights, h => h.Item == article.Ordinal);
    }
}
