using Platform.Contracts.Documents;
using Platform.Enrichment.Organizations;

namespace Platform.Enrichment.Tests;

public sealed class OrganizationExtractorTests
{
    [Theory]
    [InlineData("宋桃收到共青团佛山市南海区委员会送来的防疫物资", "共青团佛山市南海区委员会")]
    [InlineData("近日,安徽省淮北市殡葬管理服务中心方山公墓推出服务", "安徽省淮北市殡葬管理服务中心")]
    [InlineData("格尔木市文明委、市委宣传部、市文明办举行发布仪式", "格尔木市文明委")]
    [InlineData("安吉县综合行政执法局报福执法所扎实落实", "安吉县综合行政执法局报福执法所")]
    [InlineData("在陕西陕煤黄陵矿业有限公司一号煤矿", "陕西陕煤黄陵矿业有限公司")]
    public void Finds_names_ending_in_an_institutional_suffix(string text, string name)
    {
        var organizations = OrganizationExtractor.Extract(text, null);

        var found = Assert.Single(organizations, o => o.Name == name);
        Assert.Equal(text.IndexOf(name, StringComparison.Ordinal), found.Offset);
    }

    [Fact]
    public void Counts_repeated_mentions()
    {
        var organizations = OrganizationExtractor.Extract("市文明办牵头。,市文明办指导。", null);

        Assert.Equal(2, Assert.Single(organizations).Count);
    }

    [Fact]
    public void Byline_office_is_an_organization()
    {
        var byline = new Byline("(海淀区文明办)", [], "海淀区文明办", BylineKind.Organization);

        Assert.Contains(OrganizationExtractor.Extract("实践中心发出倡议。", byline), o => o.Name == "海淀区文明办");
    }

    [Theory]
    [InlineData("把脱贫攻坚作为中心工作")]
    [InlineData("服从大局,开创新局")]
    public void Generic_words_are_not_organizations(string text)
    {
        Assert.Empty(OrganizationExtractor.Extract(text, null));
    }
}
