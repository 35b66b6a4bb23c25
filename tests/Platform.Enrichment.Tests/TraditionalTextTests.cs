using Platform.Text;
using Platform.Parsing;

namespace Platform.Enrichment.Tests;

/// <summary>
/// A page printed in traditional characters is about the same places as its simplified original: the parser
/// finds the same items and enrichment reads a simplified copy of their titles and text.
/// </summary>
public sealed class TraditionalTextTests
{
    private static readonly ParseContext Context = new("0000000000000000", "test", "0", new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero));

    public static TheoryData<string> Seeds() =>
        [.. Directory.GetFiles(SeedsFolder(), "*.txt").Order(StringComparer.Ordinal).Select(f => Path.GetFileName(f))];

    private static string SeedsFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "seeds"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("seeds folder not found"), "seeds");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Traditional_copy_of_a_seed_resolves_to_the_same_regions(string seed)
    {
        var text = File.ReadAllText(Path.Combine(SeedsFolder(), seed));
        var expected = Regions(text);
        Assert.NotEmpty(expected);
        Assert.Contains(expected, code => code is not null);
        Assert.Equal(expected, Regions(SimplifiedChinese.ToTraditionalCopy(text)));
    }

    [Theory]
    [InlineData("陝西省合陽縣文明創建繪就城市生活幸福底色", "近年來,陝西省合陽縣積極開展文明創建。", "610524")]
    [InlineData("鎮原縣新時代文明實踐進社區活動", "全縣以移風易俗為主題,在三岔鎮開展活動。", "621027")]
    public void Traditional_title_resolves_its_region(string title, string text, string code)
    {
        var regions = new Regions.RegionEnricher(Gazetteer.AdminGazetteer.Default).Resolve(ArticleText.Of(title, text));
        Assert.Equal(code, regions.Primary?.Code);
    }

    private static List<string?> Regions(string text)
    {
        var parsed = new BulletinParser().Parse(text, Context);
        var enricher = ArticleEnricher.CreateDefault();
        var context = new EnrichmentContext(parsed.Bulletin);
        return parsed.Articles.Select(a => enricher.Enrich(a, context).Enrichment.Regions.Primary?.Code).ToList();
    }
}
