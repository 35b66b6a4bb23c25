using System.Globalization;
using System.Text;

namespace Platform.Testing;

/// <summary>
/// A briefing page with one article of <c>paragraphs</c> body paragraphs (about 300 UTF-8 bytes each, 860 as the article
/// event's JSON with its text and paragraphs): large events made from real-looking input.
/// </summary>
public static class LargeBulletin
{
    public static string Text(int paragraphs, string tag = "")
    {
        var text = new StringBuilder("首都精神文明建设情况简报\n\n第 19 期\n\n首都精神文明办\n\n2020 年 4 月 29 日\n\n【新时代文明实践中心建设】\n\n");
        text.Append("海淀区新时代文明实践中心志愿服务全覆盖").Append(tag).Append("\n\n");
        for (var i = 1; i <= paragraphs; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"第{i}段。海淀区新时代文明实践中心组织志愿者深入社区开展疫情防控志愿服务,累计服务群众{1000 + i}人次,")
                .Append(CultureInfo.InvariantCulture, $"发放宣传材料{200 + i}份,解决群众急难愁盼问题{10 + i}件,得到居民广泛好评和积极响应。\n\n");
        }
        return text.ToString();
    }
}
