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

    [Fact]
    public void Bylined_authors_are_people_but_source_abbreviations_are_not()
    {
        var byline = new Byline("本报讯(周钊梁 梁敏婷)", ["周钊梁", "梁敏婷", "津文"], null, BylineKind.Newsflash);

        var people = PersonExtractor.Extract("", byline);

        Assert.Equal(["周钊梁", "梁敏婷"], people.Select(p => p.Name));
        Assert.All(people, p => Assert.Equal(("author", -1), (p.Role, p.Offset)));
    }
}
