using Platform.Enrichment.Gazetteer;
using Platform.Enrichment.Regions;

namespace Platform.Enrichment.Tests;

/// <summary>The place forms of issue 14: HK/Macao/Taiwan, short and bare names, historic units, ambiguity, roads, towns.</summary>
public sealed class RegionFormsTests
{
    private static readonly RegionEnricher Regions = new(AdminGazetteer.Default);

    private static Contracts.Documents.Regions Resolve(string? title, string text) => Regions.Resolve(ArticleText.Of(title, text));

    [Theory]
    // Hong Kong, Macao and Taiwan, and nothing read from inside their names.
    [InlineData("香港特别行政区开展活动", "810000")]
    [InlineData("香港举办青年交流活动", "810000")]
    [InlineData("香港湾仔区举办活动", "810102")]
    [InlineData("香港特别行政区油尖旺区开展义工服务", "810201")]
    [InlineData("澳门特别行政区举办活动", "820000")]
    [InlineData("澳门花地玛堂区开展活动", "820104")]
    [InlineData("台湾省举办活动", "710000")]
    [InlineData("台湾同胞来访", "710000")]
    [InlineData("台北市举办书展", "710000")]
    [InlineData("高雄市举办活动", "710000")]
    [InlineData("新竹县举办活动", "710000")]
    // Short and colloquial names of provinces.
    [InlineData("新疆开展活动", "650000")]
    [InlineData("内蒙开展活动", "150000")]
    [InlineData("广西开展活动", "450000")]
    [InlineData("西藏开展活动", "540000")]
    // Cities' literary names stand for the city; 榕城 is 揭阳's district only in its chain.
    [InlineData("榕城处处有好人", "350100")]
    [InlineData("羊城志愿者走进社区", "440100")]
    [InlineData("鹏城文明新风", "440300")]
    [InlineData("揭阳市榕城区开展活动", "445202")]
    // State-level new areas stand for the smallest unit that holds them; a city before one keeps its own.
    [InlineData("两江新区开展活动", "500000")]
    [InlineData("青岛西海岸新区开展活动", "370211")]
    [InlineData("雄安新区开展活动", "130600")]
    [InlineData("成都天府新区开展活动", "510100")]
    [InlineData("英雄安息", null)]
    // An autonomous unit printed with 自治县 or 自治州 but without its peoples, even where its short name is an everyday word.
    [InlineData("沿河自治县开展活动", "520627")]
    [InlineData("海西自治州开展活动", "632800")]
    // Unambiguous bare county names.
    [InlineData("海宁开展活动", "330481")]
    [InlineData("曹县开展活动", "371721")]
    [InlineData("沛县开展活动", "320322")]
    [InlineData("前郭开展活动", "220721")]
    [InlineData("志愿者在沛县举办活动", "320322")]
    [InlineData("提高县城品质", null)]
    // Renamed and abolished units map to their successors.
    [InlineData("下城区开展活动", "330105")]
    [InlineData("江干区开展活动", "330102")]
    [InlineData("莱芜市开展活动", "370100")]
    [InlineData("莱芜市钢城区开展活动", "370117")]
    [InlineData("柳州地区开展活动", "451300")]
    [InlineData("巢湖市开展活动", "340181")]
    [InlineData("新津县开展活动", "510118")]
    [InlineData("德都县开展活动", "231182")]
    [InlineData("宣武区开展活动", "110102")]
    [InlineData("闸北区开展活动", "310106")]
    // Ambiguous bare names resolve to what their readings share, or to nothing.
    [InlineData("鼓楼区开展活动", null)]
    [InlineData("南山区开展活动", null)]
    [InlineData("朝阳区开展活动", null)]
    [InlineData("桥西区开展活动", "130000")]
    [InlineData("深圳市南山区开展活动", "440305")]
    // Roads and streets are addresses inside another unit.
    [InlineData("广州市中山东二路开展活动", "440100")]
    [InlineData("广州市珠江东路开展活动", "440100")]
    [InlineData("广州市黄埔大道西开展活动", "440100")]
    [InlineData("上海市绍兴路59号开展活动", "310000")]
    [InlineData("广州北京路步行街开展活动", "440100")]
    [InlineData("北京街头志愿者", "110000")]
    [InlineData("台州市路桥区开展活动", "331004")]
    // Towns, townships and subdistricts stand for their county when unique.
    [InlineData("洋门乡开展活动", "360829")]
    [InlineData("东华门街道开展活动", "110101")]
    [InlineData("江西省吉安市安福县洋门乡开展活动", "360829")]
    // An ethnic township printed without its people (于家务回族乡 as 于家务乡); 上坝乡 is then also 贵州's 上坝土家族乡.
    [InlineData("于家务乡开展活动", "110112")]
    [InlineData("贵州上坝乡开展活动", "520325")]
    [InlineData("重庆上坝乡开展活动", "500235")]
    [InlineData("评选文明村镇", null)]
    [InlineData("东湖街道开展活动", null)]
    [InlineData("以表彰为动力", null)]
    [InlineData("长沙乡村振兴", "430100")]
    public void Primary_region_of_each_place_form(string title, string? code)
    {
        Assert.Equal(code, Resolve(title, "").Primary?.Code);
    }

    [Fact]
    public void Explicit_chain_beats_the_unit_inherited_from_earlier_text()
    {
        var regions = Resolve(null, "吉林省朝阳区开展活动。北京市朝阳区也开展活动。");

        Assert.Contains(regions.Mentioned, m => m.Region.Code == "220104");
        Assert.Contains(regions.Mentioned, m => m.Region.Code == "110105");
    }

    [Theory]
    [InlineData("下城区开展活动", "330105", true)]
    [InlineData("湖北襄樊开展活动", "420600", true)]
    [InlineData("拱墅区开展活动", "330105", false)]
    public void Mentions_of_renamed_units_are_flagged_historic(string title, string code, bool historic)
    {
        Assert.Equal(historic, Assert.Single(Resolve(title, "").Mentioned, m => m.Region.Code == code).Historic);
    }

    [Fact]
    public void Ambiguous_name_reports_its_candidates_and_common_parent()
    {
        var gulou = Assert.Single(Resolve("鼓楼区开展活动", "").Ambiguous!);
        var qiaoxi = Assert.Single(Resolve("桥西区开展活动", "").Ambiguous!);

        Assert.Equal(["320106", "320302", "350102", "410204"], gulou.Candidates.Select(c => c.Code));
        Assert.Null(gulou.CommonParent);
        Assert.Equal("130000", qiaoxi.CommonParent?.Code);
        Assert.Empty(Resolve("南京市鼓楼区开展活动", "").Ambiguous!);
    }
}
