namespace Platform.Parsing.Tests;

/// <summary>Reading the persons of a byline: roles, outlets, verbs, inner spaces and names run together.</summary>
public sealed class PersonNamesTests
{
    [Theory]
    [InlineData("记者 张三 通讯员 李四", new[] { "张三", "李四" })]
    [InlineData("记者 张三 市委报道组 李四", new[] { "张三", "李四" })]   // a local reporting team's correspondent
    [InlineData("县委报道组 王小川", new[] { "王小川" })]
    [InlineData("青溪网·新闻客户端采访人员 林舟 通讯员 白露", new[] { "林舟", "白露" })]   // 采访人员 printed for 记者
    [InlineData("采访人员 王小川", new[] { "王小川" })]
    [InlineData("赵红旗 李铜山 摄", new[] { "赵红旗", "李铜山" })]
    [InlineData("青溪日报社社长 郑小川", new[] { "郑小川" })]          // a speaker's office and unit are dropped
    [InlineData("主任记者 王立", new[] { "王立" })]        // 旗 closing a given name, not a banner
    [InlineData("本报记者 高 粮撰文", new[] { "高粮" })]                   // a name set with an inner space
    [InlineData("莫 成  胡 域", new[] { "莫成", "胡域" })]                  // two spaced names, split at the wider gap
    [InlineData("作者:王 小 明", new[] { "王小明" })]                      // a three-character name set letter by letter
    [InlineData("高 粮 韩 蕾", new[] { "高粮", "韩蕾" })]                    // four letters are two spaced names
    [InlineData("记者 李明 文并摄", new[] { "李明" })]                      // one credit for text and pictures
    [InlineData("通讯员 郜文静 刘丽丽 闫雪峰", new[] { "郜文静", "刘丽丽", "闫雪峰" })]
    [InlineData("湖南日报全媒体记者黄柳英通讯员谢万波李文秀", new[] { "黄柳英", "谢万波", "李文秀" })] // roles and names run together
    [InlineData("新华社记者马超、徐国庆、罗志远", new[] { "马超", "徐国庆", "罗志远" })]
    [InlineData("郑小川 青溪日报全媒记者  王立", new[] { "郑小川", "王立" })]         // 全媒记者, short for 全媒体记者
    [InlineData("青溪日报融媒记者王立", new[] { "王立" })]
    [InlineData("□本报记者胡蓉", new[] { "胡蓉" })]
    [InlineData("◎ 本报记者 谢安明", new[] { "谢安明" })]
    [InlineData("文/刘求山 李欢欢", new[] { "刘求山", "李欢欢" })]
    [InlineData("图/文李明王芳柯青青", new[] { "李明", "王芳", "柯青青" })]               // the verbs before names run together
    [InlineData("文/图:李明", new[] { "李明" })]
    [InlineData("记者 白玛罗布 摄", new[] { "白玛罗布" })]                 // a Tibetan name: two given-name parts, no surname
    [InlineData("通讯员 叶丽红 记者 司新华 文/图", new[] { "叶丽红", "司新华" })]
    [InlineData("见习记者 郭晓月 本报记者 周 敏 摄", new[] { "郭晓月", "周敏" })]
    [InlineData("实习生代芳芳", new[] { "代芳芳" })]
    [InlineData("青溪云/青溪日报记者 张明", new[] { "张明" })]             // the outlet's app and the outlet, joined by a slash
    [InlineData("记者 张明/李芳", new[] { "张明", "李芳" })]
    [InlineData("青溪云-青溪日报记者 李明 通讯员 王芳 实习生 张红", new[] { "李明", "王芳", "张红" })]
    [InlineData("青溪商报·青溪新闻网 张明 通讯员 李芳", new[] { "张明", "李芳" })] // the outlet before its reporter, no role
    [InlineData("中青报·中青网见习记者石琪", new[] { "石琪" })]
    [InlineData("祁连宣 李睿", new[] { "祁连宣", "李睿" })]               // a pen name of a propaganda office, then a person
    [InlineData("苏琳德阳日报社融媒体记者 邓晓东 摄", new[] { "苏琳", "邓晓东" })] // a name glued to the outlet of the next role
    [InlineData("林文德绵阳日报社融媒体记者 邓晓东 摄", new[] { "林文德", "邓晓东" })] // a three-character name leaves the outlet a two-character place
    public void Finds_the_persons_of_a_byline(string byline, string[] expected) =>
        Assert.Equal(expected, BylineParser.Names(Twin.Of(byline), strict: false));

    [Theory]
    [InlineData("本报记者 陈红 通讯员 甄丽", true)]
    [InlineData("记者 陈红 市委报道组 甄丽", true)]
    [InlineData("方文婷 陈磊", true)]
    [InlineData("津文", true)]
    [InlineData("新华社记者马超、徐国庆、罗志远", true)]
    [InlineData("湖南日报全媒体记者黄柳英通讯员谢万波李文秀", true)]
    [InlineData("□本报记者胡蓉", true)]
    [InlineData("文明底色", false)]          // four characters and no role: a phrase
    [InlineData("龙山县坚", false)]          // a place runs into it
    [InlineData("志愿者为老人服务", false)]
    [InlineData("禁烟宣传:换来笑脸", false)]
    [InlineData("管理员", false)]
    [InlineData("华东区: 林小禾 报道", true)]     // the reporting unit before the colon
    [InlineData("华东区: 志愿服务", false)]            // the site account that posted the page
    [InlineData("小编", false)]
    [InlineData("达拉特旗", false)]
    [InlineData("青溪云/青溪日报记者 张明", true)]
    [InlineData("青溪商报·青溪新闻网 张明 通讯员 李芳", true)]
    [InlineData("青溪云-青溪日报记者 李明 通讯员 王芳 实习生 张红", true)]  // the app and the paper joined by a hyphen
    [InlineData("青溪新闻网 志愿服务", false)]
    [InlineData("稿源:青溪文明网 通讯员 李明 王芳", true)]   // the source outlet before its correspondents
    [InlineData("(稿源:青溪文明网 通讯员 李明)", true)]
    public void Tells_a_names_line(string line, bool expected) => Assert.Equal(expected, PersonNames.IsNameLine(line));

    [Theory]
    [InlineData("(袁嘉阳、贾岩、丁祖铭)", true)]
    [InlineData("(通讯员 谢洪波)", true)]
    [InlineData("(黄一帆)", true)]
    [InlineData("(中)", false)]
    [InlineData("(扩大)", false)]
    [InlineData("(海淀区文明办)", false)]
    public void Tells_a_line_of_persons_in_parentheses(string line, bool expected) => Assert.Equal(expected, BylineParser.IsPersonsLine(line));
}
