using Platform.Contracts.Documents;

namespace Platform.Parsing.Tests;

/// <summary>Photo credits on their own line and glued to the end of a caption, in the forms pages print.</summary>
public sealed class PhotoCreditTests
{
    [Theory]
    [InlineData("徐军勇 许智良 摄", new[] { "徐军勇", "许智良" })]
    [InlineData("孟 涛摄", new[] { "孟涛" })]
    [InlineData("本报记者 高 粮摄", new[] { "高粮" })]
    [InlineData("龚卫东摄", new[] { "龚卫东" })]
    [InlineData("(钟莉德阳日报社融媒体记者 邓晓东 摄)", new[] { "钟莉", "邓晓东" })]
    [InlineData("见习记者 郭晓月 本报记者 周 敏 摄", new[] { "郭晓月", "周敏" })]
    [InlineData("通讯员 叶丽红 记者 司新华 文/图", new[] { "叶丽红", "司新华" })]
    [InlineData("本组照片由记者林小禾、方一舟、柯青青提供 编辑|宋远山", new[] { "林小禾", "方一舟", "柯青青" })]
    [InlineData("柯青青摄(远山视觉)", new[] { "柯青青" })]
    [InlineData("ABCPHOTO/宋远山 摄", new[] { "宋远山" })]
    [InlineData("林小禾/XYZ", new[] { "林小禾" })]
    [InlineData("某某网 王芳 摄", new[] { "王芳" })]
    [InlineData("图/李明", new[] { "李明" })]                          // a one-character verb first
    [InlineData("图/文李明王芳柯青青", new[] { "李明", "王芳", "柯青青" })]
    [InlineData("远山日报 李明 柯青青 摄", new[] { "李明", "柯青青" })]
    public void Reads_a_credit_line(string line, string[] photographers)
    {
        Assert.True(PhotoCredit.IsCreditLine(line));
        Assert.Equal(photographers, PhotoCredit.Credit(Twin.Of(line)).Authors);
    }

    [Theory]
    [InlineData("图为义诊活动现场。鲍明全 王建国 摄")]
    [InlineData("志愿者为老人服务")]
    [InlineData("摄影比赛颁奖")]
    [InlineData("青溪县文明办供图")]
    public void A_caption_is_not_a_credit_line(string line) => Assert.False(PhotoCredit.IsCreditLine(line));

    [Theory]
    [InlineData("为群众义诊。刘冰摄", "刘冰摄", new[] { "刘冰" })]
    [InlineData("以话剧形式呈现选段。韦凯 敏华摄", "韦凯 敏华摄", new[] { "韦凯", "敏华" })]
    [InlineData("为老年旅客提供引导服务。记者  郭强  摄", "记者  郭强  摄", new[] { "郭强" })]
    [InlineData("达130余人。新华社发(许瑞平 摄)", "新华社发(许瑞平 摄)", new[] { "许瑞平" })]
    [InlineData("演示现场。见习记者石琪/摄", "见习记者石琪/摄", new[] { "石琪" })]
    [InlineData("一起玩游戏。 摄影/新华社记者范国栋", "摄影/新华社记者范国栋", new[] { "范国栋" })]
    [InlineData("在积分超市里整理货架。 (本版图片均 本报记者 田静 摄)", "(本版图片均 本报记者 田静 摄)", new[] { "田静" })]
    [InlineData("表演自导自演的节目(9月24日摄)。", "(9月24日摄)。", new string[0])]
    [InlineData("为建设美丽乡村出了力。            胡芳芳   黄建民   摄", "胡芳芳   黄建民   摄", new[] { "胡芳芳", "黄建民" })]
    [InlineData("志愿者为老人理发。(林小禾摄/晨光图片)", "(林小禾摄/晨光图片)", new[] { "林小禾" })]
    [InlineData("居民在河边捡拾垃圾。(方一舟 摄/远山图片网)", "(方一舟 摄/远山图片网)", new[] { "方一舟" })]
    [InlineData("孩子们学包粽子。ABCPHOTO/宋远山 摄", "ABCPHOTO/宋远山 摄", new[] { "宋远山" })]
    [InlineData("龙舟驶离起点。林小禾/XYZ", "林小禾/XYZ", new[] { "林小禾" })]
    [InlineData("书法家写春联。柯青青摄(远山视觉)", "柯青青摄(远山视觉)", new[] { "柯青青" })]
    [InlineData("孩子们在社区包饺子。某某网 王芳 摄", "某某网 王芳 摄", new[] { "王芳" })]
    [InlineData("活动启动仪式现场。李明供图", "李明供图", new[] { "李明" })]
    [InlineData("志愿者帮助果农采摘苹果。(林小禾摄/远", "(林小禾摄/远", new[] { "林小禾" })]
    [InlineData("保洁员领取绿豆汤和毛巾 青溪日报 李明 王芳 张小川 摄", "青溪日报 李明 王芳 张小川 摄", new[] { "李明", "王芳", "张小川" })] // no punctuation, a space before the credit
    [InlineData("志愿者为保洁员送上清凉 李明 摄", "李明 摄", new[] { "李明" })]
    [InlineData("青溪县税务局志愿者开展税务知识宣传 摄影 林小禾", "摄影 林小禾", new[] { "林小禾" })]   // the verb first after a space
    [InlineData("志愿服务大集活动现场人头攒动 摄影:方一舟", "摄影:方一舟", new[] { "方一舟" })]
    [InlineData("爱心理发店志愿者为村民理发 摄影/宋远山", "摄影/宋远山", new[] { "宋远山" })]
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
    [InlineData("详情请登录某某网查看。网址/ABC")]
    [InlineData("志愿者讲解APP的用法。下载/APP")]
    [InlineData("记者 李明 王芳 摄")]          // a credit line alone, no caption
    [InlineData("青溪县开展文明实践活动 李明")]  // a headline and its author, no verb
    public void A_sentence_has_no_credit(string paragraph) => Assert.Equal(-1, PhotoCredit.TrailingStart(paragraph));

    [Fact]
    public void Unpunctuated_captions_each_with_a_shared_credit_are_photos()
    {
        const string credit = " 青溪日报 李明 王芳 张小川 摄";
        var r = Parsing.Parse("保洁员领取绿豆汤和毛巾" + credit + "\n慰问品发放现场热热闹闹" + credit + "\n志愿者为保洁员送上清凉" + credit);
        Assert.Equal(3, r.Articles.Count(a => a.Kind == ArticleKind.Photo));
        Assert.All(r.Articles, a => Assert.Equal(["李明", "王芳", "张小川"], a.Byline.Authors));
    }
}
