using Platform.Text;
namespace Platform.Parsing.Tests;

public sealed class BadInputTests
{
    [Theory]
    [InlineData("", "empty")]
    [InlineData("   \n\r\n\t \u3000 ", "empty")]
    [InlineData("\u0001\u0002\u0003\uFFFD\uFFFD\u0000\u0007abc", "binary")]
    [InlineData("hello world, this is plain ascii text with no bulletin", "no recognisable structure")]
    [InlineData("你好", "no recognisable structure")]
    public void Unusable_input_yields_a_warning_and_no_articles(string text, string reason)
    {
        var r = Parsing.Parse(text);
        Assert.Empty(r.Articles);
        Assert.Contains(r.Bulletin.Warnings, w => w.Contains(reason, StringComparison.Ordinal));
        Assert.NotNull(r.RejectReason);
        Parsing.AssertNoTextLoss(text, r);
    }

    [Fact]
    public void Null_text_is_treated_as_empty() =>
        Assert.NotNull(new BulletinParser().Parse(null!, Parsing.Context).RejectReason);

    [Theory]
    [InlineData("\uFEFF海淀区开展活动\r\n\r\n近日,活动举行。  \r\n", "海淀区开展活动\n\n近日,活动举行。")]
    [InlineData("a\tb \u3000\rc", "a b\nc")]
    [InlineData("\n\n文明\n\n", "文明")]
    public void Normalize_removes_bom_line_end_variants_tabs_and_trailing_spaces(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Fact]
    public void Normalize_composes_to_nfc_and_replaces_lone_surrogates() =>
        Assert.Equal("é\uFFFD", TextNormalizer.Normalize("e\u0301\uD800"));
}
