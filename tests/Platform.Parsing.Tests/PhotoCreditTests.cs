namespace Platform.Parsing.Tests;

/// <summary>Photo credits on their own line and glued to the end of a caption, in the forms pages print.</summary>
public sealed class PhotoCreditTests
{
    [Theory]
    [InlineData("徐军勇 许智良 摄", new[] { "徐军勇", "许智良" })]
    [InlineData("孔 海摄", new[] { "孔海" })]
    [InlineData("本报记者 高 粮摄", new[] { "高粮" })]
    [InlineData("高卫东摄", new[] { "高卫东" })]
    [InlineData("(钟莉绵阳日报社融媒体记者 陈冬冬 摄)", new[] { "钟莉", "陈冬冬" })]
    [InlineData("见习记者 郭晓雨 本报记者 周 静 摄", new[] { "郭晓雨", "周静" })]
    [InlineData("通讯员 叶丽君 记者 司新利 文/图", new[] { "叶丽君", "司新利" })]
    public void Reads_a_credit_line(string line, string[] photographers)
    {
        Assert.True(PhotoCredit.IsCreditLine(line));
        Assert.Equal(photographers, PhotoCredit.Credit(Twin.Of(line)).Authors);
    }

    [Theory]
    [InlineData("图为义诊活动现场。鲍明全 王建国 摄")]
    [InlineData("志愿者为老人服务")]
    [InlineData("摄影比赛颁奖")]
    public void A_caption_is_not_a_credit_line(string line) => Assert.False(PhotoCredit.IsCreditLine(line));

    [Theory]
    [InlineData("为群众义诊。刘冰摄", "刘冰摄", new[] { "刘冰" })]
    [InlineData("以话剧形式呈现选段。蒋凯 敏丽摄", "蒋凯 敏丽摄", new[] { "蒋凯", "敏丽" })]
    [InlineData("为特殊旅客开辟绿色通道。记者  郭力  摄", "记者  郭力  摄", new[] { "郭力" })]
    [InlineData("达130余人。新华社发(徐瑞平 摄)", "新华社发(徐瑞平 摄)", new[] { "徐瑞平" })]
    [InlineData("演示现场。见习记者石佳/摄", "见习记者石佳/摄", new[] { "石佳" })]
    [InlineData("一起玩游戏。 摄影/新华社记者范长国", "摄影/新华社记者范长国", new[] { "范长国" })]
    [InlineData("在积分超市里码货。 (本版图片均 本报记者 白茹 摄)", "(本版图片均 本报记者 白茹 摄)", new[] { "白茹" })]
    [InlineData("表演自导自演的节目(9月24日摄)。", "(9月24日摄)。", new string[0])]
    [InlineData("为构建和美乡村贡献了力量。            胡婷婷   黄健生   摄", "胡婷婷   黄健生   摄", new[] { "胡婷婷", "黄健生" })]
    public void Finds_a_credit_glued_to_a_caption(string caption, string credit, string[] photographers)
    {
        var start = PhotoCredit.TrailingStart(caption);
        Assert.True(start > 0, "no credit found");
        Assert.Equal(credit, caption[start..]);
        Assert.Equal(photographers, PhotoCredit.Credit(Twin.Of(caption[start..])).Authors);
    }

    [Theory]
    [InlineData("志愿者们来到社区开展活动。")]
    [InlineData("活动由区委宣传部主办,社区承办。")]
    public void A_sentence_has_no_credit(string paragraph) => Assert.Equal(-1, PhotoCredit.TrailingStart(paragraph));
}
