using Platform.Contracts.Documents;

namespace Platform.Parsing.Tests;

/// <summary>
/// Whole pages in the layouts real bulletins come in (web and e-paper pages, bylines, headlines, photo pages),
/// each an invented fixture: the items found, as "kind|kicker|title|subtitle|authors".
/// </summary>
public sealed class PageLayoutTests
{
    private const string Body = "近日,某区开展新时代文明实践志愿服务活动,志愿者走进社区为居民提供服务。";
    private const string Body2 = "活动现场,志愿者们耐心讲解垃圾分类知识,引导居民养成文明习惯。";

    public static TheoryData<string, string, string[]> Pages => new()
    {
        {
            "作者: and 责任编辑: glued to the values before them in one meta line: the author is read, the editor is not",
            "您当前的位置:首页 > 新闻 > 正文\n某县:文明实践走进田间地头\n信息来源:某某日报·某某客户端作者:林小禾责任编辑:方一舟\n\n" + Body + "\n\n" + Body2,
            ["Article||某县:文明实践走进田间地头||林小禾"]
        },
        {
            "an editor's note signed ——编 者 after the last credited picture is furniture, not a quote by the editors",
            "社区志愿者为老人理发。\n\n林小禾 方一舟摄影报道\n\n孩子们在广场上画画。\n\n柯青青摄(远山视觉)\n\n" + Body + "\n\n" + Body2 + "\n\n——编 者\n",
            ["Photo||||林小禾,方一舟", "Photo||||柯青青"]
        },
        {
            "a story that only ends with ——编者 keeps its paragraphs",
            "某区开展志愿服务活动\n\n" + Body + "\n\n" + Body2 + "\n\n——编者\n",
            ["Article||某区开展志愿服务活动||"]
        },
        {
            "a 文/图 credit alone at the top, a lead, then uncredited one-line captions: one photo per caption by the credited reporter",
            "记者 林 小禾 文/图\n\n" + Body + "\n\n" + Body2 + "\n\n志愿者为居民理发。\n\n老人在活动室读报。\n\n孩子们在广场上画画。\n",
            ["Photo||||林小禾", "Photo||||林小禾", "Photo||||林小禾"]
        },
        {
            "a photo spread: a headline over one-line captions, the third closed by a credit, then three more under another credit",
            "青溪县学雷锋志愿服务掠影(组图)\n\n白河社区志愿者为老人理发。\n\n青溪小学学生清洗公交站台。\n\n城关社区志愿者在火车站出站口为旅客指路并搬运行李。林小禾摄\n\n" +
            "东山镇青年志愿者清扫河岸。\n\n南山县医疗队走进敬老院义诊。\n\n西山乡志愿者在村文化广场为村民表演快板节目。 方一舟摄\n",
            ["Photo||青溪县学雷锋志愿服务掠影(组图)||林小禾", "Photo||||林小禾", "Photo||||林小禾", "Photo||||方一舟", "Photo||||方一舟", "Photo||||方一舟"]
        },
        {
            "a headline, its picture credited 供图, then the headline restated with words put in: one story, the supplier no author",
            "青溪县两名志愿者入选5月好人榜\n\n2021年05月10日 09:20 来源:某某新闻网\n青溪县两名志愿者入选5月好人榜\n    5月好人榜发布现场。林小禾供图\n\n" +
            "  青溪县两名志愿者入选5月时代新人好人榜\n\n  某某网青溪5月10日电 (方一舟 林小禾) " + Body + "\n\n  " + Body2,
            ["Article||青溪县两名志愿者入选5月好人榜||方一舟,林小禾"]
        },
        {
            "a site's menu, the headline and its source line, then the breadcrumb: the headline above the source line is the title",
            "权威发布 某某门户\n\n青溪县白河村:好家风评选带动邻里和睦\n\n时间: 2023年05月12日09:30  来源:某某新闻网\n\n某某新闻网>>社会频道>>基层动态\n\n  " + Body + "\n\n  " + Body2,
            ["Article||青溪县白河村:好家风评选带动邻里和睦||"]
        },
        {
            "a wire story's headline printed after its dateline (某地1月25日电 题:…), its writers on the next line",
            "青溪1月25日电 题:村里的文明实践新风景\n作者 林小禾 方一舟\n" + Body + "\n" + Body2,
            ["Article||村里的文明实践新风景||林小禾,方一舟"]
        },
        {
            "a wire headline after its dateline with its subtitle after the dash (题:…——…): title and subtitle",
            "青溪1月25日电 题:村里的文明实践新风景——来自白河镇的报告\n作者 林小禾 方一舟\n" + Body + "\n" + Body2,
            ["Article||村里的文明实践新风景|来自白河镇的报告|林小禾,方一舟"]
        },
        {
            "a web story whose last paragraph is its picture's caption closed by 某某摄影报道: the photographer reported the story",
            "青溪志愿者扮靓街巷\n2012-06-08 10:20:00 来源:某某网\n\n  某某网6月8日讯 " + Body + Body2 + "\n\n  图为老人和孙子一起擦洗路牌。林小禾摄影报道\n",
            ["Article||青溪志愿者扮靓街巷||林小禾"]
        },
        {
            "an e-paper photo spread: headline and deck, caption lines without full stops, then the shared 图/文 credit over the report",
            "当前版:04版\n志愿红点亮城乡\n——青溪县学雷锋志愿服务掠影\n    白河镇街头举行学雷锋示范活动\n\n    城关社区开展学雷锋活动\n\n" +
            "    西山乡志愿者为老人测量血压\n\n    南岭小学的学生在公园捡拾垃圾\n\n  图/文李明王芳柯青青\n  " + Body + Body2 + "\n  " + Body2 + Body + "\n",
            ["Photo||志愿红点亮城乡|青溪县学雷锋志愿服务掠影|李明,王芳,柯青青", "Photo||||李明,王芳,柯青青", "Photo||||李明,王芳,柯青青", "Photo||||李明,王芳,柯青青"]
        },
        {
            "a credit alone above a story of long paragraphs stays no caption series",
            "记者 林小禾 摄\n\n" + Body + "\n\n" + Body2 + "\n\n" + Body + "\n",
            ["Article||||"]
        },
        {
            "search button under the breadcrumb, then headline, meta line with 作者 and the same reporter over the body: one story",
            "首页 新闻 专题 论坛\n\n您的位置:某某网>> 综合新闻>>正文\n     高级搜索\n河畔社区志愿者清扫街巷 共建整洁家园\n\n" +
            "http://m.example.com    2020-04-06 11:14    作者:林小禾    来源:某某日报\n\n某某日报记者 林小禾\n\n" + Body + "\n\n" + Body2,
            ["Article||河畔社区志愿者清扫街巷 共建整洁家园||林小禾"]
        },
        {
            "web photo group: each caption closed by its own credit is a photo, not a headline, and an essay signed 文/ follows",
            "文明实践在身边\n\n  • 上一篇\n  • 下一篇\n  • 青溪社区志愿者为居民测量体温。 林小禾 摄\n\n    青年志愿者在路口值守。 方一舟 摄\n\n" +
            "    母女俩一起分发物资。宋远山 摄\n\n    文/柯青青\n\n    " + Body + "\n\n    " + Body2,
            ["Photo||文明实践在身边||林小禾", "Photo||||方一舟", "Photo||||宋远山", "Article||||柯青青"]
        },
        {
            "an e-paper site's menu: the letter-spaced button after a bulleted one is navigation, not the headline",
            "首页\n  • 时政\n  • 国际\n  • 报 纸\n    杂 志\n    某某日报 2013年09月28日 星期六\n\n    道德模范 感动神州\n\n    善行神州 德耀中华\n\n" +
            "    ——第四届全国道德模范评选表彰引发强烈反响\n\n    《 某某日报 》( 2013年09月28日   02 版)\n\n    " + Body + "\n\n    " + Body2,
            ["Article|道德模范 感动神州|善行神州 德耀中华|第四届全国道德模范评选表彰引发强烈反响|"]
        },
        {
            "web headline over its meta line owns the caption below it, across blank lines",
            "老党员巡河十二年\n  发表时间:2022-08-03   来源:某某文明网\n\n \n\n  巡河途中。远山 摄\n\n  " + Body + "\n\n  " + Body2,
            ["Article||老党员巡河十二年||"]
        },
        {
            "a titled story closed by 摄影报道 on its own line: the photographer reported the story, one article",
            "雨后的公交站台\n" + Body + "\n" + Body2 + "\n林小禾 摄影报道",
            ["Article||雨后的公交站台||林小禾"]
        },
        {
            "web headline, a font-size switch, its meta line, then a deck: the headline stays the title",
            "青溪区背街小巷整治记\n\nA-   A+\n发表时间:2020-09-03 08:41    来源:某某文明网\n\n小巷变了模样\n\n  " + Body + "\n\n  " + Body2,
            ["Article||青溪区背街小巷整治记||"]
        },
        {
            "web page: headline and subtitle printed twice in a row are one headline with its subtitle",
            "青溪区文明实践活动启动仪式举行\n林小禾出席\n青溪区文明实践活动启动仪式举行\n林小禾出席\n" + Body + "\n" + Body2 + "(方一舟)\n版权所有 © 某某新闻网",
            ["Article||青溪区文明实践活动启动仪式举行|林小禾出席|方一舟"]
        },
        {
            "web page: a headline printed three times in a row is one headline",
            "青溪:邻里互助暖人心 共建和美新家园\n青溪:邻里互助暖人心 共建和美新家园\n青溪:邻里互助暖人心 共建和美新家园\n" + Body + "\n" + Body2 + "(方一舟)\n版权所有 © 某某新闻网",
            ["Article||青溪:邻里互助暖人心 共建和美新家园||方一舟"]
        },
        {
            "web headline, its meta line and a caption, then the headline again with its subtitle: one story",
            "居民常来的社区书房\n发表时间:2021-11-19来源:某某文明网\n书房管理员在整理书架。\n\n居民常来的社区书房\n\n——青溪镇社区书房走访记\n\n  " + Body + "\n\n  " + Body2,
            ["Article||居民常来的社区书房|青溪镇社区书房走访记|"]
        },
        {
            "a photo's headline, its date and a site-account author line, then the caption with its credit",
            "护绿小卫士上岗了\n2016-03-11 11:22:27\n\n作者:管理员\n\n入春以来,青溪湖畔游人渐多,草坪边时有踩踏。 3月2日,青溪小学的学生来到湖畔,劝导游客爱护草木。本报记者林小禾摄",
            ["Photo||护绿小卫士上岗了||林小禾"]
        },
        {
            "dated captions closed by one shared credit are photos of that credit, the intro above them stays text",
            Body + "\n9月15日,在青溪公园,有人在长椅上晾晒衣物。\n9月15日上午,在中心广场,共享单车倒在盲道上。\n" +
            "9月14日,在东湖公园,垃圾桶旁散落着饮料瓶。\n本组照片由记者林小禾、方一舟提供 编辑|宋远山",
            ["Article||||", "Photo||||林小禾,方一舟", "Photo||||林小禾,方一舟", "Photo||||林小禾,方一舟"]
        },
        {
            "a credit alone between captioned photos of a gallery is a picture printed without caption",
            "文明实践在身边\n\n  • 上一篇\n  • 下一篇\n  • 青溪社区志愿者为居民测量体温。 林小禾 摄\n\n    青年志愿者在路口值守。 方一舟 摄\n\n" +
            "    柯青青 摄\n\n    母女俩一起分发物资。宋远山 摄",
            ["Photo||文明实践在身边||林小禾", "Photo||||方一舟", "Photo||||柯青青", "Photo||||宋远山"]
        },
        {
            "featured links above the breadcrumb are the site's, the story starts under the breadcrumb",
            "聚焦邻里节\n如何让社区更温暖?\n探讨垃圾分类新办法\n\n 某某文明网 > 志愿服务 > 志愿活动\n老党员巡河十二年\n  发表时间:2022-08-03   来源:某某文明网\n\n  " + Body + "\n\n  " + Body2,
            ["Article||老党员巡河十二年||"]
        },
        {
            "e-paper header that names its page: the short headline under it is the story's title",
            "第RB02版: 晚报02版\n\n写在前面\n\n" + Body,
            ["Article||写在前面||"]
        },
        {
            "e-paper page: header, date, page list, navigation and an enpproperty line are furniture",
            "2021年12月29日\n第A3版:今日东城区\n\n某镇志愿服务擦亮“文明底色”\n\n本报讯 (通讯员 张小明 李华)" + Body + "\n\n" + Body2 +
            "\n\n2021-12-29 1 1 某某日报 content_1.html 1 某镇志愿服务擦亮“文明底色” /enpproperty -->",
            ["Article||某镇志愿服务擦亮“文明底色”||张小明,李华"]
        },
        {
            "web page: breadcrumb, meta line with editor and authors, share widget, copyright",
            "您当前的位置:首页 > 新闻 > 正文\n某县:文明实践走进田间地头\n某某文明网   2022-10-09 14:34:31  编辑:王编辑 作者:吴建国 郑海波\n\n" +
            Body + "\n\n" + Body2 + "\n\n分享到:\n版权所有:某某县人民政府 主办单位:某某县委宣传部",
            ["Article||某县:文明实践走进田间地头||吴建国,郑海波"]
        },
        {
            "a column's opening note in brackets and its paragraph are the editors', not an item",
            "某市各地志愿服务活动图览\n\n2026-03-09 11:25:16 来源: 某某网\n\n【开栏语】\n\n三月春风暖,志愿服务活动在全市各区县蓬勃开展,本栏目带您一起看。\n\n某区:志愿服务进社区\n\n" + Body,
            ["Article||某市各地志愿服务活动图览||"]
        },
        {
            "a headline over a blank meta line and the site's summary field stays the story's headline",
            "- · 某某期刊投稿[01/26]\n- · 某某期刊目录[01/26]\n某区开展学雷锋志愿服务活动\n作者:网站采编关键词:\n摘要:近日,某区开展新时代文明实践志愿服务活动,志愿者走进\n" + Body + "\n" + Body2,
            ["Article||某区开展学雷锋志愿服务活动||"]
        },
        {
            "web page: a place closed by a colon on its own line above the headline is its kicker",
            "设为首页|加入收藏\n您的位置:首页 > 社会>\n\n某某区某某社区:\n\n居民打扫卫生 助力文明城市创建\n\n来源:某某晚报发布者:时间:2019-11-25\n\n" + Body + "\n\n" + Body2,
            ["Article|某某区某某社区:|居民打扫卫生 助力文明城市创建||"]
        },
        {
            "a byline line under the subtitle whose outlet names its app and paper joined by a hyphen",
            "文明润青溪 乡村展新颜\n——青溪县文明乡风工作综述\n青溪云-青溪日报记者 李明 通讯员 王芳 实习生 张红\n" + Body + "\n" + Body2,
            ["Article||文明润青溪 乡村展新颜|青溪县文明乡风工作综述|李明,王芳,张红"]
        },
        {
            "web page: the headline over one credited caption longer than a picture's label, then the text: the headline is the text's, the picture a photo",
            "某区志愿新风拂社区\n\n——某区开展学雷锋主题活动\n\n2025年03月06日11:15 | 来源:某某新闻网\n\n  图为3月5日上午,某区志愿者前往辖区敬老院看望老人,为老人打扫房间、理发并送上节日祝福。通讯员 林小禾 摄\n\n  " +
            Body + Body2 + "\n\n  " + Body2 + Body + "\n\n  " + Body + Body2,
            ["Article||某区志愿新风拂社区|某区开展学雷锋主题活动|", "Photo||||林小禾"]
        },
        {
            "web page: a story closed by its source paper in parentheses still takes the author field printed under it",
            "当前位置:\n某某湖畔来了一群护绿“小卫士”\n某某文明网 2018-03-30 09:50:00\n\n  " + Body + "\n\n  " + Body2 + "(青溪日报)\n\n作者:林小禾 通讯员 方一舟\n编辑:王编辑\n来源:某某文明网\n分享到:",
            ["Article||某某湖畔来了一群护绿“小卫士”||林小禾,方一舟"]
        },
        {
            "a closing (文 …) credit names the writers even under a picture credit; the site's statement and its clauses are furniture",
            "某市发布道德模范名单\n2021-02-04 14:10:26来源:某某网\n\n道德模范合影 摄影 林小禾\n\n  " + Body + "\n\n  " + Body2 + "(文 林小禾 方一舟)\n\n" +
            "某某网版权与内容使用的声明\n\n1、本网所载内容的著作权归本网所有。\n\n2、转载本网内容须经本网同意并注明出处。",
            ["Article||某市发布道德模范名单||林小禾,方一舟"]
        },
        {
            "e-paper page: a headline list beside navigation may hold headlines that ask or exclaim",
            "第01版:封面 4下一版\n某市召开文明城市创建推进会\n某区建成区有几座公园? 120座!\n某市将建智慧服务平台\n志愿服务队与社区之间是什么关系?\n" +
            "返回主页 | 某某日报 | 版面导航\n上一期  下一期\n某省学雷锋志愿服务推进会召开\n\n本报讯(记者 林小禾)" + Body + "\n\n" + Body2,
            ["Article||某省学雷锋志愿服务推进会召开||林小禾"]
        },
        {
            "stories each closed by a text-and-picture credit: a short quotation on its own line opens the next one",
            "冬夜里的摆渡人\n" + Body + Body2 + "\n" + Body2 + "\n(图、文/林小禾)\n“一声到,一生到”\n" + Body + Body2 + "\n" + Body2 + "\n(图、文/方一舟)\n" +
            "“怎么证明你是镇长?”\n" + Body2 + Body + "\n(图、文/柯青青)",
            ["Article||冬夜里的摆渡人||林小禾", "Article||“一声到,一生到”||方一舟", "Article||“怎么证明你是镇长?”||柯青青"]
        },
        {
            "a names line set apart above the page's first headline is a stray credit, not the headline",
            "林小禾 方一舟\n\n\n\n冬夜里的摆渡人\n" + Body + Body2 + "\n" + Body2 + "\n(图、文/林小禾 方一舟)",
            ["Article||冬夜里的摆渡人||林小禾,方一舟"]
        },
        {
            "web page: the author in a bracketed meta field",
            "某县:文明实践走进田间地头\n【发布时间:2025年12月05日】【来源:某某公路段】【作者:林小禾】\n\n" + Body + "\n\n" + Body2,
            ["Article||某县:文明实践走进田间地头||林小禾"]
        },
        {
            "web page: 上一篇/下一篇 and a list of the page's headlines around the article",
            "第10版:观察 上一版3  4下一版\n标题导航\n某区志愿者街头劝导文明交通\n某县:文明新风拂山乡\n某市学校开展卫生健康宣传\n返回首页\n" +
            "2022年05月19日 星期四\n3 上一篇  下一篇 4 放大 缩小 默认\n某县:文明新风拂山乡\n\n  莫 成  胡 域\n\n  " + Body + "\n\n  " + Body2,
            ["Article||某县:文明新风拂山乡||莫成,胡域"]
        },
        {
            "web page: the headline repeated under the meta line, with its subtitle",
            "某市深化文明城市创建新闻发布会举行\n\n2022年06月01日 09:27    来源:某某新闻网    记者 张三\n分享到:\n\n某市深化文明城市创建新闻发布会举行\n\n" +
            "王五李六出席\n\n本网某市5月31日讯(记者 李四)" + Body,
            ["Article||某市深化文明城市创建新闻发布会举行|王五李六出席|张三,李四"]
        },
        {
            "byline under the lead paragraph, crossheads inside the article",
            "某市街头志愿者文明风景线\n\n" + Body + "\n\n□本报记者 林秀英\n\n禁烟宣传:换来笑脸\n\n" + Body2,
            ["Article||某市街头志愿者文明风景线||林秀英"]
        },
        {
            "roles run together after an outlet",
            "“某地”文明新风起——某县创建全国文明城市纪实\n来源:某某日报 作者:  时间:2025-06-05 11:35:30\n\n某某日报全媒体记者黄柳英通讯员谢万波李文秀\n\n" + Body,
            ["Article||“某地”文明新风起|某县创建全国文明城市纪实|黄柳英,谢万波,李文秀"]
        },
        {
            "dateline with an outlet, a date and a pen name; 新华社记者 line after 题:",
            "某省各地学雷锋活动侧记\n2019-03-05 15:21:04 来源: 某某网\n\n新华社某市3月5日电 题:某省各地学雷锋活动侧记\n\n新华社记者马超、徐国庆、罗志远\n\n" + Body,
            ["Article||某省各地学雷锋活动侧记||马超,徐国庆,罗志远"]
        },
        {
            "本网讯 with no name and the byline in parentheses at the very end",
            "某镇:红白理事会“绘”出乡风新画卷\n\n2024-10-29 10:09:34 来源:   责任编辑:   \n\n本网讯  " + Body + "\n\n" + Body2 + "(黄一帆)\n\n分享到:",
            ["Article||某镇:红白理事会“绘”出乡风新画卷||黄一帆"]
        },
        {
            "a names line after the body closes the item; 又讯 with a role glued to the name starts the next",
            "本报讯 " + Body + "\n" + Body2 + "\n张晓超 杨洋\n又讯(实习生代芳芳)" + Body,
            ["Article||||张晓超,杨洋", "Article||||代芳芳"]
        },
        {
            "editors and reviewers are never authors",
            "某区开展志愿服务\n\n" + Body + "\n\n责任编辑:吴燕燕\n审核:周明",
            ["Article||某区开展志愿服务||"]
        },
        {
            "thematic line above a factual one is kicker and title",
            "文明劝导走进居民小区\n天津市河西区组建社区文明劝导队伍\n\n本报讯(滨文)" + Body,
            ["Article|文明劝导走进居民小区|天津市河西区组建社区文明劝导队伍||滨文"]
        },
        {
            "web page: a second headline line that is no place is the subtitle",
            "当前位置:首页 > 新闻\n随手善举皆“雷锋” 江城处处有温情\n街头巷尾处处可见志愿者的身影\n\n" + Body,
            ["Article||随手善举皆“雷锋” 江城处处有温情|街头巷尾处处可见志愿者的身影|"]
        },
        {
            "web page: a second line opening with a province's paper is the subtitle, not a place-led title",
            "当前位置:首页 > 新闻\n纪念雷锋牺牲五十周年 青溪学习雷锋活动拉开帷幕\n河北广播与团省委等联合发起学雷锋活动\n\n" + Body,
            ["Article||纪念雷锋牺牲五十周年 青溪学习雷锋活动拉开帷幕|河北广播与团省委等联合发起学雷锋活动|"]
        },
        {
            "a column tag is no part of the title; 原标题 is no second item",
            "当前位置:首页 > 新闻\n【新时代文明实践】婚俗“减负”幸福不减 某县20对新人举办集体婚礼\n2025-11-17\n\n" + Body + "\n\n原标题:婚俗“减负”幸福不减\n",
            ["Article||婚俗“减负”幸福不减 某县20对新人举办集体婚礼||"]
        },
        {
            "yearbook chapter: entries with run-in headings are items; the chapter's name and the address line are not",
            "精神文明建设\n\nOriginal URL: http://lib.example.cn/view?id=11\n\n\n【概况】 全年,某市持续开展文明城市创建,评选表彰一批身边好人。\n" +
            "读书活动 举办“书香某市”系列活动,全市各图书馆接待读者十余万人次。\n" +
            "少儿德育 组织中小学生参观红色教育基地,参与学生两万余人。\n" +
            "文明村镇创建 新评出市级文明村二十个,对往届文明村进行复查。",
            ["Article||概况||", "Article||读书活动||", "Article||少儿德育||", "Article||文明村镇创建||"]
        },
        {
            "a numbered couplet inside a feature is its section heading, not a numbered caption",
            "文明润青溪 乡村展新颜\n——青溪县文明乡风工作综述\n青溪日报记者 李明\n" + Body + "\n1 筑牢思想根基 凝聚奋进力量\n" + Body2,
            ["Article||文明润青溪 乡村展新颜|青溪县文明乡风工作综述|李明"]
        },
        {
            "one untitled paragraph opening the page introduces the numbered pictures under it",
            Body + Body2 + "\n图① 11月14日,某区志愿者在清理公共场所卫生。\n图② 11月14日,某社区志愿者在居民楼院清理环境卫生。\n林小禾 摄",
            ["Photo||||林小禾", "Photo||||林小禾"]
        },
        {
            "numbered captions sharing one credit at the end",
            "①某县某镇村民向记者讲述婚俗变化情况。\n②某县某村致富带头人向记者介绍本村婚俗改革。\n③某县某镇村民打理女儿婚房。 (本版图片均 本报记者 田静 摄)\n编者按\n移风易俗关乎千家万户,本报记者走进乡村,记录婚俗新变化。",
            ["Photo||||田静", "Photo||||田静", "Photo||||田静"]
        },
        {
            "several numbered captions on one line, each with its credit",
            "①志愿者上门看望独居老人。 本报记者 曹阳 摄 ②志愿者为社区老人义务理发。 本报记者 彭飞 实习生 董立新 摄",
            ["Photo||||曹阳", "Photo||||彭飞,董立新"]
        },
        {
            "credits glued to the text and on the line after the caption",
            "3月5日,某供电公司志愿者们来到老年公寓慰问,帮忙打扫卫生。刘冰摄\n图②:某市活动现场,以话剧形式呈现经典选段。\n龚卫东摄",
            ["Photo||||刘冰", "Photo||||龚卫东"]
        },
        {
            "a headline over a caption and its credit is the photo's headline",
            "街头文明劝导成风景\n我市登记志愿服务组织三千余个,图为5月8日上午,志愿者在路口为市民指路。\n(苏琳某某日报社融媒体记者 邓晓东 摄)",
            ["Photo||街头文明劝导成风景||苏琳,邓晓东"]
        },
        {
            "a short caption inside an article is its picture, the photographer no author",
            "甘肃 文明新风吹遍陇原\n◎ 本报记者 谢安明\n\n兰州市夜景。 韩晓刚  摄\n\n" + Body,
            ["Article||甘肃 文明新风吹遍陇原||谢安明"]
        },
        {
            "quotes signed off by their speakers",
            Body + "\n——某省某市委宣传部副部长、文明办主任 潘玉兰\n" + Body2 + "\n——某省某市文明办副主任 夏明",
            ["Quote||||潘玉兰", "Quote||||夏明"]
        },
        {
            "numbered stories under a chapter heading are items of their own",
            "第三节 诚实守信\n第三节 诚实守信\n一、曾庆华拾金不昧\n" + Body + "\n二、环卫工捡到钱包归还失主\n" + Body2,
            ["Article||一、曾庆华拾金不昧||", "Article||二、环卫工捡到钱包归还失主||"]
        },
        {
            "numbered crossheads inside a story with a headline stay headings",
            "节日不停步 创文再加力\n--某街道持续开展创文攻坚行动\n" + Body + "\n一、某社区开展关爱未成年人宣传活动\n" + Body2 + "\n二、某某社区开展创文问卷调查活动\n" + Body,
            ["Article||节日不停步 创文再加力|某街道持续开展创文攻坚行动|"]
        },
        {
            "captions opening with the same dated lead, the credit after the last: a photo set",
            "11月17日,某省某市某区某街道社区舞蹈队在文明实践中心练习舞蹈。\n11月17日,某省某市某区某街道社区居民在阅览室读书。\n" +
            "11月17日,某省某市某区某街道社区居民和孩子们一起玩游戏。 摄影/新华社记者范国栋",
            ["Photo||||范国栋", "Photo||||范国栋", "Photo||||范国栋"]
        },
        {
            "briefs in a column, each closed by its own byline",
            "10月13日上午,某市举办宣讲报告会,200多人聆听了报告。(袁嘉阳、贾岩)\n10月8日,某市雷锋的士志愿服务队获得奖牌。\n10月7日,某县爱心人士开展学雷锋活动,为留守老人送去米面油。(钱潇)",
            ["Article||||袁嘉阳,贾岩", "Article||||", "Article||||钱潇"]
        },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Finds_the_items_of_the_page(string layout, string text, string[] expected)
    {
        var result = Parsing.Parse(text);
        var actual = result.Articles.Select(Describe).ToArray();
        Assert.True(expected.SequenceEqual(actual), $"{layout}:\nexpected {string.Join(" ; ", expected)}\nactual   {string.Join(" ; ", actual)}");
        Parsing.AssertNoTextLoss(text, result);
    }

    public static TheoryData<string, string> Unusable => new()
    {
        { "only navigation and copyright", "首页 | 新闻中心 | 政务公开 |\n您当前的位置:首页 > 新闻\n上一篇 下一篇\n版权所有:某某市人民政府\n京ICP备12345678号" },
        { "a page whose only content is a list of headlines", "标题导航\n某区志愿者街头劝导文明交通\n某县开展文明新风进万家活动\n某市学校开展卫生健康宣传\n某镇举办志愿服务集市\n返回首页" },
        { "an e-paper page list with no article", "第01版\n头版\n第02版\n要闻\n第03版\n文明实践\n2022年05月19日 星期四\n3 上一篇  下一篇 4 放大 缩小 默认" },
    };

    [Theory]
    [MemberData(nameof(Unusable))]
    public void Page_without_an_article_gives_no_items_and_a_warning(string layout, string text)
    {
        var result = Parsing.Parse(text);
        Assert.True(result.Articles.Count == 0, $"{layout}: {string.Join(" ; ", result.Articles.Select(Describe))}");
        Assert.NotNull(result.RejectReason);
        Assert.Contains(result.Bulletin.Warnings, w => w.Contains("no articles found", StringComparison.Ordinal));
        Parsing.AssertNoTextLoss(text, result);
    }

    private static string Describe(Article a) => $"{a.Kind}|{a.Kicker}|{a.Title}|{a.Subtitle}|{string.Join(",", a.Byline.Authors)}";
}
