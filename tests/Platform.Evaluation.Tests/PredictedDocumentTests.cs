using Platform.Contracts.Documents;

namespace Platform.Evaluation.Tests;

public sealed class PredictedDocumentTests
{
    private static Article Article(ArticleKind kind, string? title, string[] authors, string? organization, string? regionCode) => new(
        "b-01", "b", 1, kind, null, title, null, null, new Byline(null, authors, organization, BylineKind.None), [], [], "", [],
        regionCode is null ? null : new Enrichment(new Regions(new Region(regionCode, "county", "x", "y", null, null), []), [], [], [], [], [], [], "0", null, null),
        PipelineStatus.Enriched, 1, "1", "1", []);

    private static Bulletin Bulletin(Masthead? masthead) => new(
        "b", "cli", "sha", masthead, null, [], null, [], PipelineStatus.Parsed, null, DateTimeOffset.UnixEpoch, "1", [], [], 0);

    [Fact]
    public void Items_are_taken_in_the_form_the_scorer_compares()
    {
        var item = PredictedItem.From(Article(ArticleKind.Photo, null, ["高 粮", "孟涛"], "海淀区 文明办", "130684"));
        Assert.Equal(("photo", "", "", "", "海淀区文明办", "130684"), (item.Kind, item.Kicker, item.Title, item.Subtitle, item.Organization, item.Region));
        Assert.Equal(["高粮", "孟涛"], item.Authors);
    }

    [Fact]
    public void An_item_without_a_region_or_with_an_empty_code_has_none()
    {
        Assert.Null(PredictedItem.From(Article(ArticleKind.Article, "标题", [], null, null)).Region);
        Assert.Null(PredictedItem.From(Article(ArticleKind.Article, "标题", [], null, "")).Region);
    }

    [Fact]
    public void Masthead_fields_are_named_and_written_as_in_the_bulletin_json()
    {
        var document = PredictedDocument.From("a.txt", Bulletin(new Masthead("简报", 19, 0, null, new DateOnly(2024, 5, 1))), []);
        Assert.Equal(new Dictionary<string, string>
        {
            ["publication"] = "简报", ["issue"] = "19", ["totalIssue"] = "", ["publisher"] = "", ["date"] = "2024-05-01",
        }, document.Masthead);
    }

    [Fact]
    public void A_bulletin_without_masthead_has_no_fields() =>
        Assert.Empty(PredictedDocument.From("a.txt", Bulletin(null), []).Masthead);
}
