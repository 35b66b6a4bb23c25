using Platform.Contracts.Documents;

namespace Platform.Parsing.Tests;

/// <summary>Page and site furniture recognised line by line, and content lines that only look like it.</summary>
public sealed class PageChromeTests
{
    [Theory]
    [InlineData("第A3版:今日东城区", DiscardReasons.PageHeader)]
    [InlineData("第RB01版: 晚报01版", DiscardReasons.PageHeader)]
    [InlineData("第二版:要闻", DiscardReasons.PageHeader)]            // a page number in Chinese numerals
    [InlineData("第十二版", DiscardReasons.PageHeader)]
    [InlineData("2024年03月05日09:30 |", DiscardReasons.DateLine)]    // the bar that set the date apart from a widget
    [InlineData("青溪日报新媒体出品", DiscardReasons.PageMeta)]
    [InlineData("青溪县融媒体中心出品", DiscardReasons.PageMeta)]
    [InlineData("青溪通讯社视频部制作", DiscardReasons.PageMeta)]   // a video's producer under its credits
    [InlineData("浏览 12次 发布时间 2023/05/06", DiscardReasons.PageMeta)]   // meta fields without colons, a slashed date
    [InlineData("欢迎各地的通讯员踊跃投稿:qingxi@example.com", DiscardReasons.Copyright)]
    [InlineData("投稿邮箱:qingxi@example.com", DiscardReasons.Copyright)]
    [InlineData("(资料图片仅供参考)", DiscardReasons.ImageFile)]
    [InlineData("![](https://img.example.com/i123/c1a0e16d.jpg)", DiscardReasons.ImageFile)]
    [InlineData("![现场图](https://img.example.com/i123/7bbf.png)![](https://img.example.com/i123/a006.png)", DiscardReasons.ImageFile)]
    [InlineData("网友评论", DiscardReasons.Navigation)]
    [InlineData("发表评论 (3 条)", DiscardReasons.Navigation)]
    [InlineData("图片仅供参考", DiscardReasons.ImageFile)]
    [InlineData("第02版:要闻 PDF版", DiscardReasons.Navigation)]
    [InlineData("07版:文明之窗 上一版3  4下一版", DiscardReasons.Navigation)]
    [InlineData("当前:B2(2019年03月05日) 上一版 下一版", DiscardReasons.Navigation)]
    [InlineData("3 上一篇  下一篇 4 放大 缩小 默认", DiscardReasons.Navigation)]
    [InlineData("版面导航", DiscardReasons.Navigation)]
    [InlineData("展开通版", DiscardReasons.Navigation)]          // an e-paper's spread toggle
    [InlineData("青溪日报新媒体", DiscardReasons.PageHeader)]    // a paper's nameplate with its edition label glued on
    [InlineData("最佳回答", DiscardReasons.Navigation)]          // a question-and-answer widget
    [InlineData("首页 | 版面导航 | 标题导航 |", DiscardReasons.Navigation)]
    [InlineData("返回首页", DiscardReasons.Navigation)]
    [InlineData("页: [1]查看完整版本: 某县开展志愿服务", DiscardReasons.Navigation)]
    [InlineData("您当前的位置:首页 > 新闻中心 > 正文", DiscardReasons.Breadcrumb)]
    [InlineData("当前位置: 某某新闻网>专题>文明创建", DiscardReasons.Breadcrumb)]
    [InlineData("首页 >> 时政 >> 正文", DiscardReasons.Breadcrumb)]
    [InlineData("本页位置: 首页 → 新闻 → 乡镇动态 |", DiscardReasons.Breadcrumb)]
    [InlineData("首页 → 新闻中心 → 文明实践", DiscardReasons.Breadcrumb)]
    [InlineData("新闻资讯-文化动态", DiscardReasons.Breadcrumb)]     // a channel and its column joined by a hyphen
    [InlineData("某某文明网 > 新闻", DiscardReasons.Breadcrumb)]
    [InlineData("来源:某某日报", DiscardReasons.PageMeta)]
    [InlineData("发布时间:2023-05-06 09:16来源:某某日报", DiscardReasons.PageMeta)]
    [InlineData("作者:张三 来源:某某网 字号:[大 中 小]", DiscardReasons.PageMeta)]
    [InlineData("责任编辑:李四", DiscardReasons.PageMeta)]
    [InlineData("原标题:某区开展志愿服务活动", DiscardReasons.PageMeta)]
    [InlineData("新闻来源:青溪网", DiscardReasons.PageMeta)]
    [InlineData("全文如下", DiscardReasons.Navigation)]          // a reposting account's words before the copied story
    [InlineData("一起来看看吧", DiscardReasons.Navigation)]
    [InlineData("新闻关键词:邻里节", DiscardReasons.PageMeta)]
    [InlineData("关键词: 志愿服务 文明实践", DiscardReasons.PageMeta)]
    [InlineData("http://www.qingxi.example.cn   青溪新闻网   2019年04月02日 09:30:12", DiscardReasons.PageMeta)] // address, site, time
    [InlineData("www.qingxi.example.cn/n/123.html 青溪新闻网 2016年3月5日", DiscardReasons.PageMeta)]
    [InlineData("专栏:", DiscardReasons.PageMeta)]
    [InlineData("查看: 1338|回复: 0", DiscardReasons.PageMeta)]   // a forum thread's counts
    [InlineData("更多", DiscardReasons.ShareWidget)]
    [InlineData("猜你喜欢", DiscardReasons.ShareWidget)]
    [InlineData("专题:\"文明有我\"——青溪县志愿服务月活动", DiscardReasons.PageMeta)]   // the special topic the story is filed under
    [InlineData("专题: 青溪县第三届文明家庭评选", DiscardReasons.PageMeta)]
    [InlineData("2021年12月29日", DiscardReasons.DateLine)]
    [InlineData("1024*768分辨率,16位以上颜色,ie8.0以上版本浏览器", DiscardReasons.Copyright)]
    [InlineData("2022年05月19日 星期四", DiscardReasons.DateLine)]
    [InlineData("2023年06月26日  林小禾", DiscardReasons.DateLine)]
    [InlineData("2023年06月26日  言晓晓", DiscardReasons.DateLine)]
    [InlineData("2020 年 3 月 6 日 星期五 阅读:21", DiscardReasons.DateLine)]
    [InlineData("2019/10/12", DiscardReasons.DateLine)]
    [InlineData("分享到:", DiscardReasons.ShareWidget)]
    [InlineData("我知道了", DiscardReasons.ShareWidget)]
    [InlineData("列表详情", DiscardReasons.ShareWidget)]   // a CMS label over the story opened from a list
    [InlineData("新闻详情", DiscardReasons.ShareWidget)]
    [InlineData("搜 索", DiscardReasons.ShareWidget)]             // a button's word set with a space
    [InlineData("已经是最后一期啦", DiscardReasons.Navigation)]
    [InlineData("喜欢就点个赞吧", DiscardReasons.ShareWidget)]
    [InlineData("扫一扫在手机上查看当前页面", DiscardReasons.ShareWidget)]
    [InlineData("微博", DiscardReasons.ShareWidget)]
    [InlineData("高级搜索", DiscardReasons.ShareWidget)]
    [InlineData("立即下载", DiscardReasons.ShareWidget)]             // a news app's download button
    [InlineData("打开APP", DiscardReasons.ShareWidget)]
    [InlineData("时效性 有效", DiscardReasons.ShareWidget)]           // a disclosure page's validity field
    [InlineData("搜索", DiscardReasons.ShareWidget)]
    [InlineData("版权所有:某某市人民政府 主办单位:某某市委宣传部", DiscardReasons.Copyright)]
    [InlineData("京ICP备12345678号-1", DiscardReasons.Copyright)]
    [InlineData("某某市文明委  某某市文明办  主办", DiscardReasons.Copyright)]
    [InlineData("图片1.jpg", DiscardReasons.ImageFile)]
    [InlineData("<div class=\"content\"><span></span></div>", DiscardReasons.Markup)]
    [InlineData("2023-05-24 1 1 某某日报 content_1.html 1 标题 /enpproperty-->", DiscardReasons.PageMeta)]
    [InlineData("精品久久_无码视频_在线观看免费_成人网站", DiscardReasons.Spam)]
    [InlineData("好运彩票APP_好运彩票客户端下载", DiscardReasons.Spam)]
    [InlineData("主办:某某娱乐城_足彩投注网", DiscardReasons.Spam)]
    [InlineData("|", DiscardReasons.Stray)]
    [InlineData("新闻 图片 视频 专题 评论 文明实践", DiscardReasons.Navigation)]
    [InlineData("要闻 “某某之问”的答案 某市召开文明创建推进会议 某镇:志愿服务暖人心 图片新闻", DiscardReasons.HeadlineList)]
    [InlineData("00002版:要闻", DiscardReasons.PageHeader)]
    [InlineData("青溪网-青溪日报", DiscardReasons.PageMeta)]
    [InlineData("青溪网—青溪晚报", DiscardReasons.PageMeta)]
    [InlineData("青川日报 2023年10月23日", DiscardReasons.DateLine)]
    [InlineData("青川晚报 2023年10月23日 星期一", DiscardReasons.DateLine)]
    [InlineData("青川日报 数字报纸", DiscardReasons.PageHeader)]
    [InlineData("青川日报社 电子版", DiscardReasons.PageHeader)]
    [InlineData("日 | 一 | 二 | 三 | 四 | 五 | 六 |", DiscardReasons.Navigation)]
    [InlineData("日 一 二 三 四 五 六", DiscardReasons.Navigation)]
    [InlineData("摘要:本报讯 近日,某区开展志愿服务活动,志愿者走进社区", DiscardReasons.PageMeta)]   // the site's copy of the lead
    [InlineData("内容提要:春节假期里,很多志愿者放弃了团聚的机会。", DiscardReasons.PageMeta)]
    [InlineData("了解更多资讯,尽在青溪网微信,扫描下方二维码免费阅读。", DiscardReasons.ShareWidget)]
    [InlineData("扫码阅读手机版", DiscardReasons.ShareWidget)]
    [InlineData("------分隔线----------------------------", DiscardReasons.Stray)]
    [InlineData("关键词:", DiscardReasons.PageMeta)]                                  // an empty label
    [InlineData("注册 我的快捷通道", DiscardReasons.Navigation)]                     // a forum's account bar
    [InlineData("还没有帐号? 赶紧 帖子", DiscardReasons.Navigation)]
    [InlineData("(2017年3月6日,《青溪日报》第A04版,记者:李明)", DiscardReasons.PageMeta)] // a repost's citation of the printed story
    [InlineData("欢迎进入访问青溪新闻网!", DiscardReasons.Navigation)]   // the site's welcome banner
    [InlineData("欢迎您光临青溪文明网", DiscardReasons.Navigation)]
    [InlineData("青溪论坛", DiscardReasons.Navigation)]                    // a forum's name alone on a line
    [InlineData("江南省分社", DiscardReasons.Navigation)]                  // a regional desk over its story
    [InlineData("江南频道", DiscardReasons.Navigation)]
    [InlineData("青溪在线版权与内容使用的声明:", DiscardReasons.Copyright)] // the heading over the site's copyright terms
    [InlineData("青溪看牙哪家医院好 https://m.example.com/yiyuan/qx01/", DiscardReasons.Stray)] // a link's text and address: an injected ad
    [InlineData("相关阅读:青溪志愿者进社区 www.example.cn/news/1.html", DiscardReasons.Stray)]
    [InlineData("2025年03月04日  青溪日报  版次:A10  记者 王明 通讯员 李红", DiscardReasons.PageMeta)] // date, paper, page, byline
    [InlineData("2023年6月5日  青溪日报  第3版", DiscardReasons.PageMeta)]
    [InlineData("现场.jpg (125.3 KB, 下载次数: 98)", DiscardReasons.ImageFile)]     // a forum picture's attachment info
    [InlineData("(, 下载次数: 98)", DiscardReasons.ImageFile)]                     // what a copy left of it
    [InlineData("中共青溪县委、青溪县人民政府主管,县委宣传部主办,青溪县融媒体中心承办", DiscardReasons.Copyright)] // the site's owners, clause by clause
    [InlineData("[摘要]某区开展志愿服务活动,志愿者走进社区", DiscardReasons.PageMeta)]        // the summary label set in brackets
    [InlineData("【内容提要】春节假期里,很多志愿者放弃了团聚的机会。", DiscardReasons.PageMeta)]
    [InlineData("本网站所刊载信息,不代表青溪网观点。", DiscardReasons.Copyright)]            // the site disowning the views it prints
    [InlineData("文章仅代表作者本人,不代表本站立场。", DiscardReasons.Copyright)]
    [InlineData("qingxi.example.cn. All Rights Reserved", DiscardReasons.Copyright)]           // a long copyright line in Latin letters
    [InlineData("精彩图片", DiscardReasons.Navigation)]                                       // a picture channel's name alone
    [InlineData("文章正文", DiscardReasons.ShareWidget)]                                      // the label over the article body
    [InlineData("正文", DiscardReasons.ShareWidget)]
    public void Recognises_page_furniture(string line, string reason) => Assert.Equal(reason, PageChrome.Classify(line));

    [Theory]
    [InlineData("某区开展新时代文明实践志愿服务活动")]
    [InlineData("本报讯(记者 张三)近日,某区开展志愿服务活动,来源于群众的需求得到回应。")]
    [InlineData("据了解,该活动由区委宣传部主办,区文明办承办,版权所有单位积极参与。")]
    [InlineData("本报记者 陈红 通讯员 甄丽")]
    [InlineData("莫 成  胡 域")]
    [InlineData("甘肃 文明新风吹遍陇原")]
    [InlineData("文明劝导护航节日出行")]
    [InlineData("第三节 诚实守信")]
    [InlineData("第二版块:志愿服务进社区活动全面铺开")]                    // 版块 is a section of a programme, not a page
    [InlineData("二版:要闻")]                                            // no 第, so not read as a page number
    [InlineData("2024年 | 青溪县志愿服务大事记")]                          // a bar inside a headline is not a trailing one
    [InlineData("2023年06月26日  志愿服务进社区")]
    [InlineData("青川日报 创刊七十周年")]
    [InlineData("城市-乡村")]
    [InlineData("读书看报 2023年的新风尚")]
    [InlineData("一 二 三 齐步走")]
    [InlineData("青溪工坊精心出品")]
    [InlineData("青溪县作家协会征文投稿活动启动")]
    [InlineData("活动现场,居民扫描二维码即可报名成为志愿者。")]   // a code in the story, not on the page
    [InlineData("摘要式宣讲走进社区")]
    [InlineData("某某区某某社区:")]                                                // a place kicker, no empty label
    [InlineData("欢迎远方客人来青溪")]
    [InlineData("(2017年3月6日,李明在《青溪日报》上发表文章)")]
    [InlineData("青溪县发布版权保护工作声明")]
    [InlineData("节日专栏 | 春风送暖志愿行 点点微光汇星河——青溪志愿者用热情服务传递文明力量")] // a column tag over one headline
    [InlineData("青溪读书论坛开幕")]
    [InlineData("青溪县新闻频道开播仪式举行")]
    [InlineData("详情请访问青溪文明网。 https://www.example.cn/")]                   // a sentence of the story giving an address
    [InlineData("2023年6月5日  青溪县志愿者走进社区,开展义诊活动")]   // a dated lead, not a row of fields
    [InlineData("本次活动由县委宣传部主办,县文明办承办,吸引了众多市民参与")]   // an event's organizers in a sentence
    [InlineData("[摘要式宣讲]走进社区")]                                                  // a bracket that is no summary label
    [InlineData("他说,个人的意见不代表大家的观点,要多听群众声音。")]                 // views disowned by a person, not the site
    public void Leaves_content_alone(string line) => Assert.Null(PageChrome.Classify(line));
}
