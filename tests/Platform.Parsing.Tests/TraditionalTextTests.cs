using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Parsing.Tests;

/// <summary>Traditional characters and broken converters: the same items, names and titles as printed.</summary>
public sealed class TraditionalTextTests
{
    [Theory]
    [MemberData(nameof(Parsing.SeedPrefixes), MemberType = typeof(Parsing))]
    public void Traditional_copy_of_a_seed_gives_the_same_items(string seed)
    {
        var text = Parsing.Seed(seed);
        var traditional = SimplifiedChinese.ToTraditionalCopy(text);
        Assert.NotEqual(text, traditional);
        var expected = Parsing.Parse(text).Articles.Select(Simplified).ToList();
        var result = Parsing.Parse(traditional);
        Assert.Equal(expected, result.Articles.Select(Simplified).ToList());
        Parsing.AssertNoTextLoss(traditional, result);
    }

    [Fact]
    public void Titles_and_names_are_output_as_printed()
    {
        var a = Parsing.Parse("志願服務讓街巷更有溫情\n\n本報訊(記者 牛思远)在我市各個社區,志願服務已成為新風尚。").Articles.Single();
        Assert.Equal("志願服務讓街巷更有溫情", a.Title);
        Assert.Equal(["牛思远"], a.Byline.Authors);
        Assert.Equal(BylineKind.Newsflash, a.Byline.Kind);
        Assert.Equal("在我市各個社區,志願服務已成為新風尚。", a.Paragraphs.Single());
    }

    [Fact]
    public void Converter_pinyin_is_removed_from_the_text_and_reported()
    {
        const string text = "志愿服務(wù)讓街巷更有溫情\n\n本報(bào)訊(記者 牛思远)在我市各個(gè)公共場(chǎng)所,志愿服務(wù)是重要內(nèi)容之一。";
        var r = Parsing.Parse(text);
        var a = r.Articles.Single();
        Assert.Equal("志愿服務讓街巷更有溫情", a.Title);
        Assert.Equal(["牛思远"], a.Byline.Authors);
        Assert.Equal("在我市各個公共場所,志愿服務是重要內容之一。", a.Paragraphs.Single());
        Assert.Contains(r.Bulletin.Warnings, w => w.Contains("pinyin", StringComparison.Ordinal));
        Assert.Equal(6, r.Bulletin.Discarded.Count(d => d.Reason == "converter-pinyin"));
        Parsing.AssertNoTextLoss(text, r);
    }

    [Theory]
    [InlineData("服務(wù)", "服務")]
    [InlineData("標(biāo)準(zhǔn)", "標準")]          // two in a row
    [InlineData("周口日?qǐng)?bào)", "周口日")]     // the parentheses mangled into question marks
    [InlineData("活動(dòng)(扩大)", "活動(扩大)")]  // an aside in Chinese stays
    [InlineData("口号(slogan)", "口号(slogan)")]  // a Latin word without a tone mark stays
    public void Only_toned_pinyin_glued_to_a_character_is_an_artifact(string text, string cleaned) =>
        Assert.Equal(cleaned, PageTextCleaner.Clean(text).Text);

    private static string Simplified(Article a) => SimplifiedChinese.Convert(Parsing.Describe(a));
}
