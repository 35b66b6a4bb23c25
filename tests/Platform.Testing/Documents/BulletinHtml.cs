using System.Net;
using System.Text;

namespace Platform.Testing.Documents;

/// <summary>
/// Writes a bulletin as a page of an ordinary government site: logo and menu, breadcrumb, page title and info line,
/// the bulletin (in one or two columns), share bar, related links and hot-topic sidebar, and the site footer.
/// </summary>
public static class BulletinHtml
{
    public static string Write(IReadOnlyList<DocumentBlock> blocks, int columns = 1, string pageTitle = "首都精神文明建设情况简报")
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
            .Append("<title>").Append(WebUtility.HtmlEncode(pageTitle)).Append(" - 首都文明网</title>")
            .Append("<meta property=\"og:title\" content=\"").Append(WebUtility.HtmlEncode(pageTitle)).Append("\">")
            .Append("<meta property=\"og:site_name\" content=\"首都文明网\"><meta name=\"publishdate\" content=\"2020-04-29\">")
            .Append("<style>.col{float:left;width:48%}</style><script>var _hmt = _hmt || []; /* 统计代码 */</script></head><body>")
            .Append("<div class=\"top\"><div class=\"logo\"><a href=\"/\">首都文明网</a></div><ul class=\"menu\">")
            .Append("<li><a href=\"/\">首页</a></li><li><a href=\"/dt\">文明动态</a></li><li><a href=\"/zy\">志愿服务</a></li><li><a href=\"/sj\">文明实践</a></li><li><a href=\"/jb\">工作简报</a></li></ul></div>")
            .Append("<div class=\"crumb\">当前位置:<a href=\"/\">首页</a> &gt; <a href=\"/jb\">工作简报</a> &gt; 正文</div>")
            .Append("<div class=\"main\"><div class=\"left\"><h1>").Append(WebUtility.HtmlEncode(pageTitle)).Append("</h1>")
            .Append("<div class=\"info\">发布时间:2020-04-29 来源:首都文明网 字号:<a>大</a> <a>中</a> <a>小</a></div><div class=\"content\">");
        var half = (blocks.Count + 1) / 2;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (columns > 1 && i == 0) sb.Append("<div class=\"col\">");
            if (columns > 1 && i == half) sb.Append("</div><div class=\"col\">");
            var block = blocks[i];
            var inner = string.Join("<br>", block.Lines.Select(l => WebUtility.HtmlEncode(l.Text)));
            sb.Append(block.IsHeadline ? "<h2>" : "<p>").Append(inner).Append(block.IsHeadline ? "</h2>\n" : "</p>\n");
        }
        if (columns > 1) sb.Append("</div>");
        sb.Append("</div><div class=\"share\">分享到:<a href=\"#\">微信</a> <a href=\"#\">微博</a> <a href=\"#\">QQ空间</a></div>")
            .Append("<div class=\"prevnext\"><p>上一篇:<a href=\"/jb/18\">首都精神文明建设情况简报(第18期)</a></p><p>下一篇:<a href=\"/jb/20\">首都精神文明建设情况简报(第20期)</a></p></div></div>")
            .Append("<div class=\"right\"><h3>相关链接</h3><ul><li><a href=\"/x1\">西城区开展文明实践志愿服务活动</a></li>")
            .Append("<li><a href=\"/x2\">朝阳区推进垃圾分类工作取得新进展</a></li><li><a href=\"/x3\">东城区文明家庭评选结果公示</a></li></ul>")
            .Append("<h3>热点推荐</h3><ul><li><a href=\"/y1\">北京市文明办召开工作会议部署下一阶段任务</a></li><li><a href=\"/y2\">丰台区志愿者服务队走进社区开展义诊</a></li></ul></div></div>")
            .Append("<div class=\"foot\"><p>主办:首都精神文明建设委员会办公室 版权所有 京ICP备05000000号</p><p>地址:北京市东城区 电话:010-12345678</p></div>")
            .Append("</body></html>");
        return sb.ToString();
    }
}
