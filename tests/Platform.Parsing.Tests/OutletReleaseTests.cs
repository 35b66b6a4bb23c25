namespace Platform.Parsing.Tests;

/// <summary>新华社发, 某某网发: a caption credited to the outlet that released the picture names no photographer.</summary>
public sealed class OutletReleaseTests
{
    [Theory]
    [InlineData("新华社发")]
    [InlineData("青溪网发")]
    [InlineData("青溪日报发。")]
    public void Outlet_release_is_a_credit(string credit) => Assert.True(OutletRelease.IsCredit(credit));

    [Theory]
    [InlineData("出发")]            // a verb, no outlet
    [InlineData("社区志愿者出发")]
    [InlineData("新华社记者发")]
    [InlineData("青溪日报社, 发")]
    public void Not_an_outlet_release(string credit) => Assert.False(OutletRelease.IsCredit(credit));

    [Fact]
    public void Captions_released_by_an_outlet_stay_in_the_story_and_keep_its_byline()
    {
        var page = "青溪县文明实践站活起来\n\n2022-08-04 15:35   来源: 青溪网\n\n志愿者指导孩子写作业。青溪网发\n\n" +
                   "8月3日,在青溪县城北社区新时代文明实践站,志愿者正在指导小朋友做暑假作业。\n\n" +
                   "位于青溪县的城北社区新时代文明实践站。青溪网发\n\n" +
                   "城北社区新时代文明实践站建成于2020年2月,今年已累计开展志愿服务活动84期。(孙立)";
        var a = Parsing.Parse(page).Articles.Single();
        Assert.Equal("青溪县文明实践站活起来", a.Title);
        Assert.Equal(["孙立"], a.Byline.Authors);
    }
}
