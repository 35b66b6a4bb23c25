using Platform.Enrichment.Keywords;

namespace Platform.Enrichment.Tests;

public sealed class KeywordExtractorTests
{
    [Fact]
    public void Repeated_terms_are_keywords_and_the_strongest_weighs_one()
    {
        var keywords = KeywordExtractor.Extract("安吉县推进垃圾分类", "垃圾分类宣传。垃圾分类检查。执法权威,执法权威。");

        Assert.Equal("垃圾分类", keywords[0].Term);
        Assert.Equal(1.0, keywords[0].Weight);
        Assert.Contains(keywords, k => k.Term == "执法权威");
        Assert.All(keywords, k => Assert.InRange(k.Weight, 0, 1));
    }

    [Fact]
    public void Fragments_of_a_longer_term_are_not_keywords()
    {
        var keywords = KeywordExtractor.Extract("", "文明实践活动。文明实践中心。文明实践站。");

        Assert.Contains(keywords, k => k.Term == "文明实践");
        Assert.DoesNotContain(keywords, k => k.Term is "文明实" or "明实践" or "实践");
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345 67890")]
    public void Text_without_words_has_no_keywords(string text)
    {
        Assert.Empty(KeywordExtractor.Extract("", text));
    }
}
