using System.Globalization;
using System.Text;

namespace Platform.Testing;

/// <summary>
/// A district round-up page with hundreds of short items, each a headline and one paragraph: for what only a bulletin
/// with more items than one store page (500) shows. Items differ in place, activity, people and figures, so no two are
/// near-duplicates; the same arguments always give the same text.
/// </summary>
public static class ManyItemBulletin
{
    private static readonly string[] Districts = ["海淀区", "朝阳区", "西城区", "东城区", "丰台区", "石景山区", "通州区", "顺义区",
        "昌平区", "大兴区", "房山区", "门头沟区", "怀柔区", "平谷区", "密云区", "延庆区"];
    private static readonly string[] Activities = ["志愿服务", "文明实践", "垃圾分类", "文明交通", "邻里互助", "移风易俗", "诚信建设", "家风传承",
        "科普宣讲", "爱心助老", "关爱留守儿童", "环境整治", "文明餐桌", "光盘行动", "全民阅读", "网络文明"];
    private static readonly string[] Actions = ["组织", "开展", "推动", "部署", "启动", "深化", "推进", "举办"];
    private static readonly string[] People = ["社区居民", "青年志愿者", "党员干部", "中小学生", "退休职工", "快递小哥", "出租车司机", "物业人员",
        "商户代表", "新乡贤"];

    public static string Text(int items, int seed = 7)
    {
        var random = new Random(seed);
        var text = new StringBuilder("首都精神文明建设情况简报\n\n第 19 期\n\n首都精神文明办\n\n2020 年 4 月 29 日\n\n【各区动态】\n\n");
        for (var i = 1; i <= items; i++)
        {
            var district = Districts[i % Districts.Length];
            var activity = Activities[i * 7 % Activities.Length];
            var action = Actions[i % Actions.Length];
            var first = People[random.Next(People.Length)];
            var second = People[(Array.IndexOf(People, first) + 1 + random.Next(People.Length - 1)) % People.Length];
            text.Append(CultureInfo.InvariantCulture, $"{district}{action}{activity}第{i}场专题活动\n\n");
            text.Append(CultureInfo.InvariantCulture,
                $"{district}{action}{first}和{second}参加{activity}活动,共有{100 + i * 3}人参与,服务时长{20 + i}小时,")
                .Append(CultureInfo.InvariantCulture,
                    $"发放{activity}倡议书{50 + random.Next(900)}份,走访{3 + random.Next(90)}个小区和{2 + random.Next(40)}所学校。\n\n");
        }
        return text.ToString();
    }
}
