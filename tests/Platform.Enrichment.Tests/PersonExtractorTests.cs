using Platform.Contracts.Documents;
using Platform.Enrichment.People;

namespace Platform.Enrichment.Tests;

public sealed class PersonExtractorTests
{
    [Fact]
    public void Honorees_in_quoted_honour_lists_get_the_honour_as_role()
    {
        var people = PersonExtractor.Extract("“中国好人”袁灿、汤国清,“湖南好人”吴立群、傅佳,“长沙好人”陈卓钰、程蓉,这些好人有的是社区书记。", null);

        Assert.Equal(["袁灿", "汤国清", "吴立群", "傅佳", "陈卓钰", "程蓉"], people.Select(p => p.Name));
        Assert.Equal("中国好人", people[1].Role);
        Assert.Equal("湖南好人", people[2].Role);
    }

    [Fact]
    public void Unquoted_honour_list_ends_at_the_first_non_name()
    {
        var people = PersonExtractor.Extract("罗立新,开福好人夏慧星、洪功德等都自发参与。“开福好人”王心亮为长沙市第一医院提供套餐。", null);

        Assert.Equal(["夏慧星", "洪功德", "王心亮"], people.Select(p => p.Name));
    }

    [Theory]
    [InlineData("翌日,团南海区委副书记刘琪就将50个口罩送到宋桃家", "刘琪", "团南海区委副书记")]
    [InlineData("——上海市徐汇区文明办主任周晨蔚", "周晨蔚", "上海市徐汇区文明办主任")]
    [InlineData("海西州蓝天应急救援中心党支部书记、理事长谢文淋,荣获称号", "谢文淋", "海西州蓝天应急救援中心党支部书记、理事长")]
    public void Officials_are_named_with_their_title(string text, string name, string role)
    {
        var person = Assert.Single(PersonExtractor.Extract(text, null));

        Assert.Equal((name, role), (person.Name, person.Role));
        Assert.Equal(text.IndexOf(name, StringComparison.Ordinal), person.Offset);
    }

    [Theory]
    [InlineData("志愿者赵丽娟每天早上到社区报到。", "赵丽娟", "志愿者")]
    [InlineData("老党员郭长山把积蓄捐给了村小学。", "郭长山", "老党员")]
    [InlineData("县人民医院医生冯晓光义诊。", "冯晓光", "县人民医院医生")]
    [InlineData("道德模范代表谢文军分享了故事。", "谢文军", "道德模范代表")]
    public void People_are_named_after_their_role(string text, string name, string role)
    {
        var person = Assert.Single(PersonExtractor.Extract(text, null));

        Assert.Equal((name, role), (person.Name, person.Role));
    }

    [Theory]
    [InlineData("宋玉兰、许志强被评为优秀志愿者。", new[] { "宋玉兰", "许志强" })]
    [InlineData("召开村民代表大会,居民小区开展活动。", new string[0])]
    public void Names_listed_before_an_honour_are_people(string text, string[] names)
    {
        Assert.Equal(names, PersonExtractor.Extract(text, null).Select(p => p.Name));
    }

    [Fact]
    public void Bylined_authors_are_people_but_source_abbreviations_are_not()
    {
        var byline = new Byline("本报讯(周钊梁 梁敏婷)", ["周钊梁", "梁敏婷", "津文"], null, BylineKind.Newsflash);

        var people = PersonExtractor.Extract("", byline);

        Assert.Equal(["周钊梁", "梁敏婷"], people.Select(p => p.Name));
        Assert.All(people, p => Assert.Equal(("author", -1), (p.Role, p.Offset)));
    }
}
