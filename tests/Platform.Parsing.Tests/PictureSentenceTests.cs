using Platform.Contracts.Documents;

namespace Platform.Parsing.Tests;

/// <summary>Photo news printed as one paragraph whose last sentence describes the picture (…。图为…。), credited under it.</summary>
public sealed class PictureSentenceTests
{
    [Theory]
    [InlineData("\n  \n\n本报记者 孙立 摄", new[] { "孙立" })]
    [InlineData("\n孙立 钱多多 摄", new[] { "孙立", "钱多多" })]
    public void Lead_ending_in_a_picture_sentence_makes_a_photo(string credit, string[] photographers)
    {
        var a = Parsing.Parse("我也为家乡投一票\n  网络投票火热进行中,7月7日,记者来到青溪县敬老院,老人们表示也要为家乡出份力。" +
                              "图为89岁的老战士在工作人员指导下进行网络投票。 " + credit).Articles.Single();
        Assert.Equal(ArticleKind.Photo, a.Kind);
        Assert.Equal("我也为家乡投一票", a.Title);
        Assert.Equal(photographers, a.Byline.Authors);
    }
}
