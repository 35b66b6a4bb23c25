using Platform.Enrichment.Gazetteer;
using Platform.Enrichment.Regions;

namespace Platform.Enrichment.Tests;

/// <summary>Villages and communities unique in the country stand for their county; words ending in 村 do not.</summary>
public sealed class VillageTableTests
{
    private static readonly RegionEnricher Regions = new(AdminGazetteer.Default);

    private static string? Primary(string text) => Regions.Resolve(ArticleText.Of(text, "")).Primary?.Code;

    [Theory]
    [InlineData("南小李庄村开展志愿服务", "410104")]
    [InlineData("卡尔格村举办道德讲堂", "623025")]
    [InlineData("在桢楠村召开院坝会", "511129")]
    [InlineData("半壁山社区开展文明实践活动", "420222")]
    [InlineData("米仓社区志愿者走访老人", "150826")]
    [InlineData("多福巷社区开展垃圾分类宣传", "110101")]
    [InlineData("小红门村评选好媳妇", "110105")]
    [InlineData("沛溪村开展移风易俗", "360829")]
    [InlineData("洋门乡沛溪村开展移风易俗", "360829")]
    [InlineData("某某镇蒲泓村开展文明家庭评选", "140521")]
    [InlineData("绳王社区举办邻里节", "131128")]
    // A community printed by its residents' committee (居委, 居委会) is that 社区.
    [InlineData("多福巷居委开展垃圾分类宣传", "110101")]
    [InlineData("绳王居委会举办邻里节", "131128")]
    [InlineData("社区居委会举办邻里节", null)]
    [InlineData("居委干部走访老人", null)]
    [InlineData("甲一嘎查开展活动", null)] // 甲一 is a 村 in the table, not a 嘎查: the suffix is part of the name
    [InlineData("甲一村开展活动", "150826")]
    // Words ending in 村 or 社区 are no village, and a village needs its whole name.
    [InlineData("推进美丽乡村建设", null)]
    [InlineData("农村人居环境整治", null)]
    [InlineData("评选文明村和文明社区", null)]
    [InlineData("建设和谐社区", null)]
    [InlineData("志愿者深入城乡社区开展服务", null)]
    [InlineData("广大社区居民积极参与", null)]
    [InlineData("打造红色社区和生态社区", null)]
    [InlineData("全面推进乡村振兴", null)]
    [InlineData("南小李庄开展活动", null)]
    // Villagers of a village (卡尔格村民) are not read as the village inside a word.
    [InlineData("组织卡尔格村民参加", null)]
    public void Village_names_resolve_to_their_county_when_unique(string text, string? county)
    {
        Assert.Equal(county, Primary(text));
    }

    [Fact]
    public void A_county_printed_before_the_village_stays_the_primary_region()
    {
        Assert.Equal("360829", Primary("江西省吉安市安福县洋门乡沛溪村开展活动"));
    }

    [Fact]
    public void Table_holds_only_full_names_with_their_suffix()
    {
        var villages = AdminGazetteer.Default.Villages;

        Assert.InRange(villages.Count, 150_000, 300_000);
        Assert.Contains(villages.Find("卡尔格村"), v => v.Start == 0 && v.Length == 4 && v.County.Code == "623025");
        Assert.Empty(villages.Find("卡尔格"));
    }

    [Fact]
    public void Table_parses_stems_by_suffix_column()
    {
        var county = AdminGazetteer.Default.Find("623025")!;
        var table = VillageTable.Parse("# header\n623025\t卡尔格|卓格\t米仓\t巴彦\n999999\t无名\n", code => code == "623025" ? county : null);

        Assert.Equal(4, table.Count);
        Assert.Equal(["卡尔格村", "米仓社区", "巴彦嘎查"], new[] { "卡尔格村", "米仓社区", "巴彦嘎查", "无名村" }.Where(n => table.Find(n).Any()));
    }

    [Fact]
    public void Every_name_of_the_table_is_found_where_it_is_printed()
    {
        var villages = AdminGazetteer.Default.Villages;
        var names = AdminGazetteer.ReadResource(VillageTable.Resource).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !l.StartsWith('#'))
            .SelectMany(l => l.TrimEnd('\r').Split('\t').Skip(1).Take(VillageTable.Suffixes.Length)
                .SelectMany((stems, c) => stems.Split('|', StringSplitOptions.RemoveEmptyEntries).Where(stem => stem.Length >= 2).Select(stem => stem + VillageTable.Suffixes[c])))
            .ToList();

        var missed = names.Where(name => !villages.Find("在" + name + "开展").Any(v => v.Start == 1 && v.Length == name.Length)).Take(3).ToList();

        Assert.InRange(names.Count, 150_000, 300_000);
        Assert.Empty(missed);
    }
}
