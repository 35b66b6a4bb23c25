namespace Platform.Text.Tests;

public sealed class CompactTextTests
{
    [Theory]
    [InlineData("文明 实践\n活动", "文明实践活动")]
    [InlineData("１０００ 多支", "1000多支")]
    [InlineData("ＡＢＣ\u3000志愿者", "ABC志愿者")]
    [InlineData("新时代\u200b文明\u00ad实践", "新时代文明实践")]
    [InlineData("第一\t\r\n章\u0007", "第一章")]
    [InlineData("", "")]
    public void Only_the_printed_characters_remain_with_width_folded(string text, string expected) =>
        Assert.Equal(expected, CompactText.Of(text));

    [Fact]
    public void A_headline_wrapped_over_lines_compares_equal_to_its_one_line_form() =>
        Assert.Equal(CompactText.Of("推进新时代文明实践中心建设"), CompactText.Of("推进新时代文明\n实践中心建设"));
}
