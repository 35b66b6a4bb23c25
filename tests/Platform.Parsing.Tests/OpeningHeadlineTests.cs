namespace Platform.Parsing.Tests;

/// <summary>A headline with one comma opening a page without furniture.</summary>
public sealed class OpeningHeadlineTests
{
    private const string Body = "\n\n青溪报道 为进一步提高创建文明城市的知晓率和参与度,8月11日上午白河社区开展入户宣传行动,组织志愿者清除小广告。";

    [Fact]
    public void Comma_headline_set_apart_above_the_body_is_the_title() =>
        Assert.Equal("同创文明城,幸福进万家", Parsing.Parse("同创文明城,幸福进万家" + Body).Articles.Single().Title);

    [Theory]
    [InlineData("同创文明城,幸福进万家。")]
    [InlineData("一是宣传,二是整治,三是督查")]
    [InlineData("为进一步推动文明城市创建工作走深走实,巩固提升创建成果")]
    public void Sentences_and_long_comma_lines_stay_body(string first) =>
        Assert.Null(Parsing.Parse(first + Body).Articles[0].Title);
}
