namespace Platform.Evaluation.Tests;

public sealed class GoldFileTests
{
    [Fact]
    public void Reads_every_field_the_scorer_uses_and_ignores_the_rest()
    {
        var record = Assert.Single(GoldFile.Parse("""
            [{"n": "x-1", "url": "http://example.org", "notes": "…", "date": "2024-05-01", "masthead": {"issue": 19, "publisher": null},
              "items": [{"kind": "article", "kicker": "引题", "title": "标题", "subtitle": "副题", "authors": ["甲"], "organization": "某办",
                         "region": "110108", "regionName": "海淀区", "flags": ["truncated"],
                         "accept": {"title": ["標題"], "authors": [["甲", "乙"]], "region": ["110100"], "kind": ["quote"]}}]}]
            """));
        Assert.Equal(("x-1", "2024-05-01"), (record.N, record.Date));
        Assert.Equal(new Dictionary<string, string?> { ["issue"] = "19", ["publisher"] = null }, record.Masthead);
        var item = Assert.Single(record.Items);
        Assert.Equal(("article", "引题", "标题", "副题", "某办", "110108"), (item.Kind, item.Kicker, item.Title, item.Subtitle, item.Organization, item.Region));
        Assert.Equal(["甲"], item.Authors!);
        Assert.Equal(["標題"], item.Accept.Titles);
        Assert.Equal(["甲", "乙"], Assert.Single(item.Accept.AuthorSets));
        Assert.Equal(["110100"], item.Accept.Regions);
        Assert.Equal(["quote"], item.Accept.Kinds);
    }

    public static TheoryData<string, bool, int> AuthorKeys() => new()
    {
        { """{"kind": "photo"}""", false, 0 },
        { """{"kind": "photo", "authors": null}""", true, 0 },
        { """{"kind": "photo", "authors": []}""", true, 0 },
        { """{"kind": "photo", "authors": ["甲", "乙"]}""", true, 2 },
    };

    [Theory]
    [MemberData(nameof(AuthorKeys))]
    public void An_absent_authors_key_means_unknown_and_null_or_empty_means_no_byline(string item, bool known, int count)
    {
        var authors = GoldFile.Parse($$"""[{"n": "x", "items": [{{item}}]}]""")[0].Items[0].Authors;
        Assert.Equal(known, authors is not null);
        Assert.Equal(count, authors?.Count ?? 0);
    }

    public static TheoryData<string, string> Refused() => new()
    {
        { "not json", "not valid JSON" },
        { """{"n": "x"}""", "must be a JSON array" },
        { """[{"items": []}]""", "record 1: 'n'" },
        { """[{"n": "x-1"}]""", "record 1 (x-1): 'items' must be an array" },
        { """[{"n": "x-1", "items": [{"title": "t"}]}]""", "record 1 (x-1) item 1: 'kind' is required" },
        { """[{"n": "x-1", "items": [{"kind": "article", "authors": "甲 乙"}]}]""", "item 1 'authors': must be an array of strings" },
        { """[{"n": "x-1", "items": [{"kind": "article", "region": 110108}]}]""", "'region' must be a string" },
        { """[{"n": "x-1", "items": [{"kind": "article", "accept": {"region": "110100"}}]}]""", "'accept.region' must be an array" },
        { """[{"n": "x-1", "items": [], "masthead": {"issue": 1.5}}]""", "masthead field 'issue'" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Malformed_gold_is_refused_saying_where(string json, string message) =>
        Assert.Contains(message, Assert.Throws<GoldFormatException>(() => GoldFile.Parse(json)).Message);
}
