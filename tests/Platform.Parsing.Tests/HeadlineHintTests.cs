namespace Platform.Parsing.Tests;

/// <summary>Headlines the source document marked (large PDF type, DOCX heading styles, HTML h1–h3) reach the parser as hints.</summary>
public sealed class HeadlineHintTests
{
    private const string Body = "\n\n本报讯(张三)近日,市文明办组织志愿者走进社区开展文明实践活动。\n\n活动得到居民欢迎。";

    public static TheoryData<string, string[]> Headlines => new()
    {
        // Clause commas make a typeset line body text by its shape alone.
        { "凝心聚力，共建共享，打造文明城市新标杆", ["凝心聚力，共建共享，打造文明城市新标杆"] },
        { "志愿服务进社区，文明新风暖人心", ["志愿服务进社区，文明新风暖人心"] },
        // Longer than a typeset one-line title may be.
        { "以社会主义核心价值观引领新时代文明实践中心建设全面推进城乡精神文明建设融合发展的探索与实践调研报告", ["以社会主义核心价值观引领新时代文明实践中心建设全面推进城乡精神文明建设融合发展的探索与实践调研报告"] },
    };

    [Theory]
    [MemberData(nameof(Headlines))]
    public void Line_the_document_marks_as_a_headline_is_the_title(string headline, string[] hints)
    {
        var hinted = new BulletinParser().Parse(headline + Body, Parsing.Context with { Hints = new HeadlineHints(null, hints) });
        var plain = Parsing.Parse(headline + Body);

        Assert.Equal(headline, hinted.Articles[0].Title);
        Assert.DoesNotContain(plain.Articles, a => a.Title == headline);
        Parsing.AssertNoTextLoss(headline + Body, hinted);
    }

    [Fact]
    public void Hint_does_not_make_a_sentence_a_title()
    {
        const string sentence = "市文明办组织志愿者走进社区开展文明实践活动。";
        var result = new BulletinParser().Parse("文明实践进社区\n\n" + sentence + Body,
            Parsing.Context with { Hints = new HeadlineHints(null, [sentence]) });
        Assert.DoesNotContain(result.Articles, a => a.Title == sentence);
    }

    [Fact]
    public void Format_and_extraction_warnings_are_recorded_on_the_bulletin()
    {
        var result = new BulletinParser().Parse("文明实践进社区" + Body,
            Parsing.Context with { Format = Contracts.Documents.BulletinFormat.Pdf, ExtractionWarnings = ["running heads removed"] });
        Assert.Equal(Contracts.Documents.BulletinFormat.Pdf, result.Bulletin.Format);
        Assert.Equal(["running heads removed"], result.Bulletin.ExtractionWarnings);
    }
}
