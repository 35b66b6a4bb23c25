namespace Platform.Parsing.Tests;

/// <summary>Reading the persons of a byline: roles, outlets, verbs, inner spaces and names run together.</summary>
public sealed class PersonNamesTests
{
    [Theory]
    [InlineData("记者 张三 通讯员 李四", new[] { "张三", "李四" })]
    [InlineData("本报记者 高 粮撰文", new[] { "高粮" })]                   // a name set with an inner space
    [InlineData("莫 成  胡 域", new[] { "莫成", "胡域" })]                  // two spaced names, split at the wider gap
    [InlineData("通讯员 郜玉华 刘婷婷 闫雪凯", new[] { "郜玉华", "刘婷婷", "闫雪凯" })]
    [InlineData("湖南日报全媒体记者黄柳英通讯员谢万波李文秀", new[] { "黄柳英", "谢万波", "李文秀" })] // roles and names run together
    [InlineData("新华社记者于力、孙仁斌、洪可润", new[] { "于力", "孙仁斌", "洪可润" })]
    [InlineData("□本报记者胡苗", new[] { "胡苗" })]
    [InlineData("◎ 本报记者 朱乔明", new[] { "朱乔明" })]
    [InlineData("文/刘求山 李容容", new[] { "刘求山", "李容容" })]
    [InlineData("通讯员 叶丽君 记者 司新利 文/图", new[] { "叶丽君", "司新利" })]
    [InlineData("见习记者 郭晓雨 本报记者 周 静 摄", new[] { "郭晓雨", "周静" })]
    [InlineData("实习生代丽丽", new[] { "代丽丽" })]
    [InlineData("中青报·中青网见习记者石佳", new[] { "石佳" })]
    [InlineData("海晏宣 李隽", new[] { "海晏宣", "李隽" })]               // a pen name of a propaganda office, then a person
    [InlineData("钟莉绵阳日报社融媒体记者 陈冬冬 摄", new[] { "钟莉", "陈冬冬" })] // a name glued to the outlet of the next role
    public void Finds_the_persons_of_a_byline(string byline, string[] expected) =>
        Assert.Equal(expected, BylineParser.Names(Twin.Of(byline), strict: false));

    [Theory]
    [InlineData("本报记者 陈彤 通讯员 甄珍", true)]
    [InlineData("方文婷 陈磊", true)]
    [InlineData("津文", true)]
    [InlineData("新华社记者于力、孙仁斌、洪可润", true)]
    [InlineData("湖南日报全媒体记者黄柳英通讯员谢万波李文秀", true)]
    [InlineData("□本报记者胡苗", true)]
    [InlineData("文明底色", false)]          // four characters and no role: a phrase
    [InlineData("龙山县坚", false)]          // a place runs into it
    [InlineData("志愿者为老人服务", false)]
    [InlineData("禁烟宣传:换来笑脸", false)]
    public void Tells_a_names_line(string line, bool expected) => Assert.Equal(expected, PersonNames.IsNameLine(line));

    [Theory]
    [InlineData("(孙嘉阳、赵岩、谷祖铭)", true)]
    [InlineData("(通讯员 谢洪胜)", true)]
    [InlineData("(何一鑫)", true)]
    [InlineData("(中)", false)]
    [InlineData("(扩大)", false)]
    [InlineData("(海淀区文明办)", false)]
    public void Tells_a_line_of_persons_in_parentheses(string line, bool expected) => Assert.Equal(expected, BylineParser.IsPersonsLine(line));
}
