using Platform.Contracts.Documents;
using Platform.Formats;
using Platform.OperatorConsole.Provenance;
using Platform.Parsing;
using Platform.Testing;

namespace Platform.Console.Tests.Provenance;

/// <summary>The provenance the console shows, checked on the seeds: every span cut out of the normalized text is its field.</summary>
public sealed class TextSearchSpanLocatorTests
{
    public static TheoryData<string> Seeds => new(Directory.GetFiles(RepositoryRoot.Combine("seeds"), "*.txt").Select(Path.GetFileName).Order()!);

    private static string Compact(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_located_span_is_its_field_after_joining_broken_lines(string seed)
    {
        var (decoded, _) = DocumentExtractor.Extract(File.ReadAllBytes(RepositoryRoot.Combine("seeds", seed)), "text/plain");
        var text = decoded!.Text;
        var parsed = new BulletinParser().Parse(text, new ParseContext("0000000000000000", "tests", new string('0', 64), DateTimeOffset.UnixEpoch));
        var spans = new TextSearchSpanLocator().Locate(text, parsed.Bulletin, parsed.Articles);

        int fields = 0, whole = 0;
        foreach (var article in parsed.Articles)
        {
            foreach (var (index, field) in TextSearchSpanLocator.Fields(article).Index())
            {
                fields++;
                var pieces = spans.Where(s => s.Item == article.Ordinal && s.Field == index).Select(s => Compact(text.Substring(s.Offset, s.Length))).ToList();
                // Each piece is a stretch of the field itself, never text from elsewhere.
                Assert.All(pieces, p => Assert.Contains(p, Compact(field.Text), StringComparison.Ordinal));
                if (string.Concat(pieces) == Compact(field.Text)) whole++;
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
            [(SourceRole.Kicker, "引题"), (SourceRole.Title, "标题"), (SourceRole.Subtitle, "副题"), (SourceRole.Byline, "(文明办)"),
             (SourceRole.Paragraph, "第一段"), (SourceRole.Heading, "小标题"), (SourceRole.Paragraph, "第二段")],
            TextSearchSpanLocator.Fields(article).ToArray());
    }
}
