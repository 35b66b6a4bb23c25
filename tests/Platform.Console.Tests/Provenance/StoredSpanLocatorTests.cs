using Platform.Contracts.Documents;
using Platform.OperatorConsole.Provenance;
using static Platform.Console.Tests.Provenance.ParsedSeed;

namespace Platform.Console.Tests.Provenance;

/// <summary>The console's provenance reads the spans the parser stored; the text search serves only documents without them.</summary>
public sealed class StoredSpanLocatorTests
{
    [Theory]
    [MemberData(nameof(Names), MemberType = typeof(ParsedSeed))]
    public void Every_field_is_highlighted_at_its_stored_spans_with_its_role(string seed)
    {
        var (text, parsed, highlights) = Located(seed, new StoredSpanLocator());
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
        var (text, parsed) = ParsedSeed.Of("002_6da5d7cf062071ae.txt");
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
        var (text, parsed) = ParsedSeed.Of("002_6da5d7cf062071ae.txt");
        var article = parsed.Articles[0] with { Spans = [new SourceSpan("title", text.Length - 1, 5)] };
        var highlights = new StoredSpanLocator().Locate(text, parsed.Bulletin, [article]);
        Assert.DoesNotContain(highlights, h => h.Item == article.Ordinal);
    }
}
