using Platform.Contracts.Documents;
using Platform.OperatorConsole.Provenance;
using static Platform.Console.Tests.Provenance.ParsedSeed;

namespace Platform.Console.Tests.Provenance;

/// <summary>The fallback for documents stored before spans existed, checked on the seeds: every span found is a stretch of its field.</summary>
public sealed class LegacyTextSearchSpanLocatorTests
{
    [Theory]
    [MemberData(nameof(Names), MemberType = typeof(ParsedSeed))]
    public void Every_located_span_is_its_field_after_joining_broken_lines(string seed)
    {
        var (text, parsed, spans) = Located(seed, new LegacyTextSearchSpanLocator());

        int fields = 0, whole = 0;
        foreach (var article in parsed.Articles)
        {
            foreach (var (path, _, value) in ArticleFields.Of(article))
            {
                fields++;
                var pieces = spans.Where(s => s.Item == article.Ordinal && s.Span.Field == path).Select(s => Compact(text.Substring(s.Offset, s.Length))).ToList();
                // Each piece is a stretch of the field itself, never text from elsewhere.
                Assert.All(pieces, p => Assert.Contains(p, Compact(value), StringComparison.Ordinal));
                if (string.Concat(pieces) == Compact(value)) whole++;
            }
        }
        Assert.True(whole * 20 >= fields * 19, $"{seed}: {whole} of {fields} fields located whole");
        Assert.All(spans.Where(s => s.Role == SourceRole.Discarded), s =>
            Assert.Contains(parsed.Bulletin.Discarded, d => Compact(d.Text).Contains(Compact(text.Substring(s.Offset, s.Length)), StringComparison.Ordinal)));
    }

    [Fact]
    public void Fields_come_in_printed_order_with_headings_before_their_paragraph()
    {
        var article = new Article("b-01", "b", 1, ArticleKind.Article, "引题", "标题", "副题", null,
            new Byline("(文明办)", [], "文明办", BylineKind.Organization), [new Heading("小标题", 1)], ["第一段", "第二段"], "第一段\n第二段",
            [], null, PipelineStatus.Published, 1, "1", null, []);
        Assert.Equal(
            [("kicker", SourceRole.Kicker, "引题"), ("title", SourceRole.Title, "标题"), ("subtitle", SourceRole.Subtitle, "副题"),
             ("byline.raw", SourceRole.Byline, "(文明办)"), ("paragraphs[0]", SourceRole.Paragraph, "第一段"),
             ("headings[0].text", SourceRole.Heading, "小标题"), ("paragraphs[1]", SourceRole.Paragraph, "第二段")],
            ArticleFields.Of(article).ToArray());
    }
}
