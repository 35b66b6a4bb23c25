using System.Globalization;
using System.Text;

namespace Platform.Testing;

/// <summary>
/// A briefing page of <c>items</c> short news stories, each a title, a 本报讯 byline lead and a second paragraph, which
/// the parser splits into one article each. Place × campaign × form make up to 3,000 distinct titles, and the names and
/// figures differ per story, so no two are near-duplicates the parser would fold together.
/// </summary>
public static class ManyItemsBulletin
{
    private static readonly string[] Places =
    [
        "东城区", "西城区", "朝阳区", "海淀区", "丰台区", "石景山区", "门头沟区", "房山区", "通州区", "顺义区",
        "昌平区", "大兴区", "怀柔区", "平谷区", "密云区", "延庆区", "和平区", "河西区", "南开区", "红桥区",
        "滨海新区", "北辰区", "武清区", "宝坻区", "静海区", "宁河区", "蓟州区", "津南区", "西青区", "东丽区",
    ];

    private static readonly string[] Campaigns =
    [
        "志愿服务", "文明交通", "垃圾分类", "敬老孝亲", "诚信经营", "移风易俗", "全民阅读", "邻里互助", "光盘行动", "文明旅游",
        "节约用水", "家风传承", "红色教育", "科普宣传", "义务植树", "关爱留守儿童", "无偿献血", "网络文明", "社区清洁", "健康生活",
    ];

    private static readonly string[] Forms = ["主题活动", "宣传周", "专项行动", "示范创建", "集中宣讲"];
    private const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private static readonly string[] GivenNames = ["明远", "晓燕", "立新", "海涛", "春华", "志强", "丽娟", "国庆", "建军", "秀英", "文博", "思远", "雨萱", "子涵", "浩然"];

    /// <summary>The distinct stories this generator can make.</summary>
    public static int MaxItems => Places.Length * Campaigns.Length * Forms.Length;

    public static string Text(int items, string tag = "")
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(items, MaxItems);
        var text = new StringBuilder($"首都精神文明建设情况简报{tag}\n\n第 27 期\n\n首都精神文明办\n\n2021 年 5 月 18 日\n\n");
        for (var i = 0; i < items; i++)
        {
            var place = Places[i % Places.Length];
            var campaign = Campaigns[i / Places.Length % Campaigns.Length];
            var form = Forms[i / (Places.Length * Campaigns.Length)];
            var reporter = $"{Surnames[i * 7 % Surnames.Length]}{GivenNames[i * 11 % GivenNames.Length]}";
            text.Append(CultureInfo.InvariantCulture, $"{place}开展{campaign}{form}\n\n")
                .Append(CultureInfo.InvariantCulture, $"本报讯(记者 {reporter})近日,{place}组织{campaign}{form},共有{120 + i * 3}名群众参与,发放资料{40 + i * 2}份。")
                .Append(CultureInfo.InvariantCulture, $"活动围绕{campaign}展开,{place}{i % 9 + 1}个街道的{i % 13 + 2}支队伍参加。\n\n")
                .Append(CultureInfo.InvariantCulture, $"据介绍,今年以来{place}已累计开展此类活动{i % 17 + 3}场,第{i + 1}号案例被评为优秀。\n\n");
        }
        return text.ToString();
    }
}
