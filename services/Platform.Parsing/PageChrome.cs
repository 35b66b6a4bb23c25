using Platform.Contracts.Documents;
using System.Buffers;
using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// Site and page furniture recognised from one line (in simplified characters): navigation, breadcrumbs,
/// page meta (来源/作者/发布时间…), share widgets, copyright and registration lines, e-paper page headers,
/// date lines, image file names, markup, keyword spam and stray symbols. Such a line is never an item nor
/// part of a title; it goes to the discarded list under the returned reason. Lines that read as sentences
/// (a sentence end and some length) are left alone, so a body paragraph that mentions 来源 or 版权 stays.
/// </summary>
internal static class PageChrome
{
    private const int MaxChromeLength = 120;

    private static readonly SearchValues<string> NavigationWords = SearchValues.Create(
    [
        "上一篇", "下一篇", "上一版", "下一版", "上一期", "下一期", "上一主题", "下一主题", "上一条", "下一条",
        "版面导航", "标题导航", "版面目录", "返回目录", "返回首页", "放大 缩小", "放大缩小", "查看更多", "设为首页", "加入收藏",
        "需先登录", "请先登录", "复制链接", "只看楼主", "倒序阅读", "站内搜索", "pdf版", "PDF版", "pdf原版", "PDF原版", "pdf下载", "PDF下载", "滚动新闻",
        "展开通版", "收缩通版", "通版阅读", "更多功能", "最佳回答", "满意回答", "推荐答案", "快捷通道", "还没有帐号", "还没有账号",
        "即将离开", "欢迎访问", "欢迎参与", "回到顶部", "返回顶部", "网友评论", "发表评论", "网站导航", "查看完整版本", "已经是最后一期", "已经是第一期", "无障碍", "繁体版", "简体版", "XML 地图", "xml 地图", "网站地图", "天气现象", "风向风速",
    ], StringComparison.Ordinal);

    private static readonly SearchValues<string> ShareWords = SearchValues.Create(
    [
        "分享到", "分享至", "扫一扫", "朋友圈", "微信公众号", "官方微博", "听新闻", "关注我们", "打印本页", "关闭窗口",
        "【打印】", "【关闭】", "【收藏】", "字号", "手机看", "手机扫描", "二维码", "点个赞", "扫码阅读", "阅读手机版", "手机版阅读",
    ], StringComparison.Ordinal);

    private static readonly HashSet<string> WidgetWords = new(
        ["微博", "微信", "评论", "图集", "视频", "打印", "关闭", "收藏", "分享", "qzone", "qq空间", "首页", "纠错", "点赞", "举报", "搜索", "高级搜索", "我知道了", "内容详情",
         // 列表详情, 新闻详情: the label a CMS prints over the story it opened from a list.
         "列表详情", "文章详情", "新闻详情", "信息详情", "详情",
         "立即下载", "立即打开", "下载app", "打开app", "下载客户端", "正文", "文章正文",
         // A forum's or portal's link buttons and recommendation label, alone on a line: 更多, 猜你喜欢.
         "更多", "猜你喜欢",
         // 时效性 有效: a government disclosure page's validity field, its colon lost in the copy.
         "时效性有效", "时效性失效"], StringComparer.Ordinal);

    private static readonly SearchValues<string> CopyrightWords = SearchValues.Create(
    [
        "版权所有", "版权声明", "copyright", "Copyright", "COPYRIGHT", "©", "ICP备", "icp备", "ICP证", "icp证", "公网安备", "网站标识码", "许可证",
        "主办单位", "承办单位", "技术支持", "举报电话", "举报邮箱", "不良信息", "未经授权", "不得转载", "国内统一刊号", "便民热线", "新闻热线",
        "报料热线", "网站地图", "联系我们", "All Rights Reserved", "all rights reserved", "以上版本浏览器", "最佳浏览效果", "分辨率浏览",
    ], StringComparison.Ordinal);

    private static readonly SearchValues<string> SpamWords = SearchValues.Create(
    [
        "无码", "久久", "毛片", "色欲", "人妻", "成人", "天堂", "在线观看", "免费观看", "婷婷", "激情", "丁香", "亚洲", "欧美",
        "日韩", "精品", "黄色", "污污", "足彩", "投注", "博彩", "彩票", "百家乐", "六合彩", "av", "AV", "娱乐城", "棋牌", "未删减", "约茶", "空降", "同城", "楼凤",
    ], StringComparison.Ordinal);

    private static readonly string[] MetaLabels =
    [
        "来源", "作者", "撰稿", "撰文", "发布时间", "发稿时间", "时间", "日期", "发布日期", "更新时间", "生成日期", "发布机构", "编辑", "责任编辑",
        "责编", "审核", "浏览次数", "阅读次数", "点击数", "点击量", "浏览", "阅读", "标签", "稿源", "出处", "发布人", "信息来源",
        "文章来源", "本文来源", "稿件来源", "新闻来源", "新闻关键词", "关键词", "专栏", "栏目", "专题", "天气", "日期查询", "供稿", "供稿单位", "编审", "校对", "录入", "原标题", "原题",
        // The review chain a county media centre prints under a story (一审:某 二审:某 终审:某): editors, never authors.
        "初审", "一审", "二审", "复审", "三审", "终审", "审读",
        // 查看: 1338|回复: 0: a forum thread's view and reply counts.
        "查看", "回复",
    ];

    private static readonly SearchValues<char> LabelStarts = SearchValues.Create(string.Concat(MetaLabels.Select(l => l[..1])));

    private static readonly string[] ImageExtensions = [".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp"];

    private static readonly string[] LocationPrefixes = ["当前位置", "现在位置", "所在位置", "本页位置", "当前的位置", "现在的位置", "所在的位置", "当前所在的位置"];

    /// <summary>Why the line is page furniture, or null when it is content.</summary>
    public static string? Classify(ReadOnlySpan<char> line)
    {
        line = ChineseText.Trim(line);
        if (line.IsEmpty) return null;
        if (EpaperRecord.Is(line)) return DiscardReasons.PageMeta;
        if (IsMarkup(line)) return DiscardReasons.Markup;
        if (IsMarkdownImage(line)) return DiscardReasons.ImageFile;
        // Long lines are body text (spam keyword lists and markup aside).
        if (line.Length > 2 * MaxChromeLength) return null;
        var han = CountHan(line);
        if (han == 0)
        {
            if (IsNumericDate(line)) return DiscardReasons.DateLine;
            // 某某.com. All Rights Reserved: the site's copyright in Latin letters, however long.
            if (line.IndexOfAny(CopyrightWords) >= 0) return DiscardReasons.Copyright;
            // Original URL: http://…: a line of Latin text holding a web address is the page's, not the story's.
            return line.Length <= 24 || line.StartsWith("http", StringComparison.OrdinalIgnoreCase) || line.Contains("://", StringComparison.Ordinal) ? DiscardReasons.Stray : null;
        }
        var length = ChineseText.VisibleLength(line);
        var sentence = line.IndexOfAny("。！？") >= 0;
        // 某某彩票APP_某某彩票客户端下载: a keyword-stuffed title of a spam host, its keywords joined by underscores.
        if (!sentence && (CountSpam(line) >= 3 || (CountSpam(line) >= 2 && line.Contains('_')))) return DiscardReasons.Spam;
        if (IsDisclaimer(line)) return DiscardReasons.Copyright;
        if (IsSummaryField(line)) return DiscardReasons.PageMeta;
        if (IsReaderPromotion(line)) return DiscardReasons.ShareWidget;
        if (length > MaxChromeLength) return null;
        if (sentence) return EndsWithImageExtension(line) ? DiscardReasons.ImageFile : null;
        if (IsLinkLine(line)) return DiscardReasons.Stray;

        if (EndsWithImageExtension(line) || IsPictureDisclaimer(line) || IsAttachmentInfo(line)) return DiscardReasons.ImageFile;
        if (IsBreadcrumb(line)) return DiscardReasons.Breadcrumb;
        if (!sentence && (MetaLabelAt(line, 0, out _) == 0 || IsEmptyLabel(line, length) || EditorCredit.IsLine(line))) return DiscardReasons.PageMeta;
        if (line.IndexOfAny(NavigationWords) >= 0 || SiteGreeting.IsLine(line)) return DiscardReasons.Navigation;
        if (line.IndexOfAny(ShareWords) >= 0 || IsWidgetWord(line)) return DiscardReasons.ShareWidget;
        if (line.IndexOfAny(CopyrightWords) >= 0 || IsSiteOwner(line) || IsSubmissionNotice(line, length)) return DiscardReasons.Copyright;
        if (IsPageHeader(line)) return DiscardReasons.PageHeader;
        if (IsLabelledRule(line)) return DiscardReasons.Stray;
        if (IsPrintSource(line) || IsOutletChain(line) || IsProductionCredit(line)) return DiscardReasons.PageMeta;
        if (IsDateLine(line) || PaperNameplate.IsDated(line)) return DiscardReasons.DateLine;
        if (PaperNameplate.IsEdition(line)) return DiscardReasons.PageHeader;
        if (!sentence && (MetaLabelAt(line, 0, out _) >= 0 || HasIsoDate(line) || IsAddressLine(line) || IsDatedFieldRow(line))) return DiscardReasons.PageMeta;
        if ((IsMenu(line) || IsNavigationLink(line, length) || IsChannelName(line)) && !PersonNames.IsNameLine(line)) return DiscardReasons.Navigation;
        if (IsHeadlineRow(line, length)) return DiscardReasons.HeadlineList;
        if (IsWeekdayRow(line)) return DiscardReasons.Navigation;
        if (IsSiteName(line)) return DiscardReasons.Navigation;
        if (IsRepostFiller(line)) return DiscardReasons.Navigation;
        return null;
    }

    /// <summary>Start of the first meta label (来源:, 作者:, 编辑/…) at or after <paramref name="from"/>, or -1; <paramref name="end"/> is after its colon.</summary>
    public static int MetaLabelAt(ReadOnlySpan<char> line, int from, out int end)
    {
        end = -1;
        for (var i = from; i < line.Length; i++)
        {
            if (!LabelStarts.Contains(line[i])) continue;
            foreach (var label in MetaLabels)
            {
                if (!line[i..].StartsWith(label, StringComparison.Ordinal)) continue;
                var j = i + label.Length;
                while (j < line.Length && line[j] == ' ') j++;
                if (j < line.Length && line[j] is ':' or '：' or '/' && (i == 0 || !HanCharacters.IsHan(line[i - 1]) || IsAfterValue(line, i) || IsGluedField(line, i, label, line[j])))
                {
                    end = j + 1;
                    return i;
                }
            }
        }
        return -1;
    }

    // 来源:某某日报客户端作者:某某责任编辑:某某 — after an earlier field, the author and editor labels glued to the
    // value before them still count (the other labels are words that may end a value).
    private static bool IsGluedField(ReadOnlySpan<char> line, int i, string label, char colon) =>
        colon is ':' or '：' && label is "作者" or "责任编辑" && line[..i].IndexOfAny(":：") > 0;

    // 发布时间:2022-12-01 09:16来源:天门日报 — a label glued to the value before it (a digit) still counts.
    private static bool IsAfterValue(ReadOnlySpan<char> line, int i) => i > 0 && (char.IsAsciiDigit(line[i - 1]) || line[i - 1] is '|' or '】');

    // 2019/10/12, 2025-11-17, 04.03.2016  09:31: digits and separators only, with a four-digit year.
    private static bool IsNumericDate(ReadOnlySpan<char> line)
    {
        if (line.Length is < 8 or > 24) return false;
        int digits = 0, run = 0, longest = 0;
        foreach (var c in line)
        {
            if (char.IsAsciiDigit(c)) { digits++; run++; longest = Math.Max(longest, run); continue; }
            run = 0;
            if (c is not ('-' or '/' or '.' or ':' or ' ' or ',')) return false;
        }
        return longest == 4 && digits >= 6;
    }

    // A date such as 2021-02-10 or 2021/02/10 in a line without clause punctuation marks an index or meta line, never a title.
    private static bool HasIsoDate(ReadOnlySpan<char> line)
    {
        if (line.IndexOfAny("，,。、") >= 0) return false;
        for (var i = 0; i + 10 <= line.Length; i++)
        {
            if (char.IsAsciiDigit(line[i]) && char.IsAsciiDigit(line[i + 1]) && char.IsAsciiDigit(line[i + 2]) && char.IsAsciiDigit(line[i + 3]) &&
                line[i + 4] is '-' or '/' && char.IsAsciiDigit(line[i + 5]) && (i == 0 || !char.IsAsciiDigit(line[i - 1])))
                return true;
        }
        return false;
    }

    // 现场.jpg (125.3 KB, 下载次数: 98), or what a copy left of it, (, 下载次数: 98): a forum picture's attachment info.
    private static bool IsAttachmentInfo(ReadOnlySpan<char> line) =>
        line.Contains("下载次数", StringComparison.Ordinal) && line.Length <= MaxAttachmentInfo;

    private const int MaxAttachmentInfo = 60;

    private const int MinDatedFields = 2;

    // 2025年03月04日  某某日报  版次:A10  记者 某某: an e-paper story's date, paper, page and byline as fields set apart
    // by wide gaps, under its headline (a row of headlines has no date in front).
    private static bool IsDatedFieldRow(ReadOnlySpan<char> line)
    {
        if (line.IndexOfAny("，,。、") >= 0) return false;
        var i = 0;
        while (i < line.Length && char.IsAsciiDigit(line[i])) i++;
        if (i != 4 || i >= line.Length || line[i] != '年') return false;
        var day = line.IndexOf('日');
        if (day < 0 || day > 12) return false;
        var gaps = 0;
        for (var k = day + 1; k + 1 < line.Length; k++)
            if (ChineseText.IsSpace(line[k]) && ChineseText.IsSpace(line[k + 1]) && !ChineseText.IsSpace(line[k - 1])) gaps++;
        return gaps >= MinDatedFields;
    }

    // http://www.某某.cn  某某新闻网  2015年08月13日 11:03: the page's address, site and time under its headline.
    private static bool IsAddressLine(ReadOnlySpan<char> line) =>
        (line.StartsWith("http", StringComparison.OrdinalIgnoreCase) || line.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) &&
        (HasIsoDate(line) || HasYearMonth(line));

    // 2015年08月: a printed date with its year.
    private static bool HasYearMonth(ReadOnlySpan<char> line)
    {
        var year = line.IndexOf('年');
        if (year < 4 || !char.IsAsciiDigit(line[year - 4]) || !char.IsAsciiDigit(line[year - 1])) return false;
        var month = line[(year + 1)..].IndexOf('月');
        return month is 1 or 2 && char.IsAsciiDigit(line[year + 1]);
    }

    private static int CountHan(ReadOnlySpan<char> s)
    {
        var n = 0;
        foreach (var c in s) if (HanCharacters.IsHan(c)) n++;
        return n;
    }

    private static int CountSpam(ReadOnlySpan<char> line)
    {
        var n = 0;
        var rest = line;
        while (n < 3)
        {
            var at = rest.IndexOfAny(SpamWords);
            if (at < 0) break;
            n++;
            rest = rest[(at + 2)..];
        }
        return n;
    }

    private static bool IsMarkup(ReadOnlySpan<char> line)
    {
        if (line.Contains("enpproperty", StringComparison.OrdinalIgnoreCase) || line.EndsWith("-->", StringComparison.Ordinal)) return true;
        if (line[0] != '<' || line.Length < 3) return false;
        // Tag soup: count what lies outside the tags; an unclosed tag runs to the end of the line.
        int outside = 0, han = 0;
        var inTag = false;
        foreach (var c in line)
        {
            if (c == '<') { inTag = true; continue; }
            if (c == '>') { inTag = false; continue; }
            if (inTag || ChineseText.IsSpace(c)) continue;
            outside++;
            if (HanCharacters.IsHan(c)) han++;
        }
        return han < 8 || outside * 2 < line.Length;
    }

    // ![](https://img.example/a.jpg): a picture of a page copied as markdown.
    private static bool IsMarkdownImage(ReadOnlySpan<char> line) =>
        line.StartsWith("![", StringComparison.Ordinal) && line.Contains("](", StringComparison.Ordinal) && line[^1] == ')';

    private static bool EndsWithImageExtension(ReadOnlySpan<char> line)
    {
        foreach (var ext in ImageExtensions)
            if (line.EndsWith(ext, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool IsBreadcrumb(ReadOnlySpan<char> line)
    {
        var s = line.TrimStart('您');
        foreach (var p in LocationPrefixes)
            if (s.StartsWith(p, StringComparison.Ordinal)) return true;
        // 首页 → 频道 → 栏目: arrows separate the levels as > does.
        var separators = Count(line, '>') + Count(line, '»') + Count(line, '＞') + Count(line, '→');
        // 天津文明网 > …: a short site or channel name before the first separator.
        var first = line.IndexOfAny(">»＞→");
        if (first is > 1 and <= 14 && line[..first].IndexOfAny("。，,：:“”") < 0 && line[..first].IndexOf(' ') is var sp && (sp < 0 || sp >= first - 1)) return true;
        if (line.IndexOfAny("。，,") >= 0) return false;
        if (separators >= 2) return true;
        if (separators == 1 && (line.Contains("首页", StringComparison.Ordinal) || line.EndsWith("正文", StringComparison.Ordinal))) return true;
        return line.Length <= 16 && (line.EndsWith(" 正文", StringComparison.Ordinal) || IsChannelPath(line));
    }

    private static readonly string[] ChannelRoots = ["资讯", "新闻中心", "频道"];

    // 新闻资讯-文化动态: a channel and its column joined by a hyphen, the site's path to the page.
    private static bool IsChannelPath(ReadOnlySpan<char> line)
    {
        var dash = line.IndexOf('-');
        if (dash < 2 || dash == line.Length - 1 || !HanCharacters.AreAllHan(line[..dash]) || !HanCharacters.AreAllHan(line[(dash + 1)..])) return false;
        foreach (var root in ChannelRoots)
            if (line[..dash].EndsWith(root, StringComparison.Ordinal)) return true;
        return false;
    }

    private static int Count(ReadOnlySpan<char> s, char c)
    {
        var n = 0;
        foreach (var x in s) if (x == c) n++;
        return n;
    }

    private const int MaxRepostFiller = 8;

    // 全文如下 / 一起来看看吧: a reposting account's words between its own lines and the copied story.
    private static bool IsRepostFiller(ReadOnlySpan<char> line)
    {
        line = line.TrimEnd(":：!！。 ");
        return line.Length <= MaxRepostFiller && HanCharacters.AreAllHan(line) &&
               (line.EndsWith("如下", StringComparison.Ordinal) || line.StartsWith("一起来看", StringComparison.Ordinal));
    }

    // 某某网, 某某文明网, 某某论坛, 某省分社, 某省频道: the site's or its regional desk's name alone on a line, its
    // nameplate or a link home; no headline is that short.
    private static bool IsSiteName(ReadOnlySpan<char> line)
    {
        if (!HanCharacters.AreAllHan(line)) return false;
        if (line.Length is >= 3 and <= 5 && line[^1] == '网') return true;
        if (line.Length is < 4 or > 6) return false;
        foreach (var ending in SiteNameEndings)
            if (line.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly string[] SiteNameEndings = ["论坛", "分社", "频道"];

    // 图片要闻, 文明要闻, 即时新闻, 精彩图片: a channel's name standing alone; no headline is just a kind of news or pictures.
    private static bool IsChannelName(ReadOnlySpan<char> line) =>
        line.Length is >= 4 and <= 6 && (line.EndsWith("要闻", StringComparison.Ordinal) || line.EndsWith("新闻", StringComparison.Ordinal) || line.EndsWith("图片", StringComparison.Ordinal)) &&
        CountHan(line) == line.Length && !ChromeFilter.IsRelatedLabel(line); // 相关新闻 labels the links under it

    // Menus and channel bars: four or more short tokens separated by spaces or bars, with no punctuation at all.
    private static bool IsMenu(ReadOnlySpan<char> line)
    {
        if (line.IndexOfAny("，,。、：:；;“”\"《》!！?？()（）") >= 0) return false;
        int tokens = 0, longest = 0, current = 0, bars = 0, single = 0;
        foreach (var c in line)
        {
            if (c is ' ' or '\u3000' or '|' or '｜')
            {
                if (c is '|' or '｜') bars++;
                if (current > 0) tokens++;
                if (current == 1) single++;
                longest = Math.Max(longest, current);
                current = 0;
                continue;
            }
            current++;
        }
        if (current > 0) tokens++;
        if (current == 1) single++;
        longest = Math.Max(longest, current);
        // Menu items are words; one-character tokens are a spaced-out name or heading (莫 成  胡 域).
        if (single * 2 >= tokens) return false;
        return (tokens >= 4 && longest <= 8) || (bars >= 1 && tokens >= 2 && longest <= 8);
    }

    // Several headlines on one line: four or more spaced segments and no sentence or clause punctuation at all.
    private static bool IsHeadlineRow(ReadOnlySpan<char> line, int length)
    {
        if (length <= 30 || line.IndexOfAny("。，,；;！!？?") >= 0) return false;
        // A bar between spaces separates, it is no headline: 某栏目 | 某某标题——副题 is one kicker and one headline.
        var segments = 0;
        foreach (var range in line.SplitAny(" \u3000"))
            if (!line[range].IsEmpty && line[range] is not ("|" or "｜")) segments++;
        return segments >= 4;
    }

    // 专栏:, 标签:, 相关链接:, …天气: — a label with nothing after it.
    private static bool IsEmptyLabel(ReadOnlySpan<char> line, int length) =>
        length <= 16 && line[^1] is ':' or '：' && line.IndexOfAny("，,。") < 0 && line.IndexOfAny(ShareWords) < 0 && !IsPlaceKicker(line[..^1]);

    private static readonly string[] PlaceUnitEndings = ["省", "市", "区", "县", "州", "旗", "镇", "乡", "村", "社区", "街道"];

    // 某某区某某社区: — a place set above its headline is a kicker, no empty meta label.
    private static bool IsPlaceKicker(ReadOnlySpan<char> label)
    {
        if (!PlaceNameDetector.StartsWithPlace(label)) return false;
        foreach (var unit in PlaceUnitEndings)
            if (label.EndsWith(unit, StringComparison.Ordinal)) return true;
        return false;
    }

    // • 掌中庆阳客户端, 返回海口: short link lines.
    private static bool IsNavigationLink(ReadOnlySpan<char> line, int length) =>
        (line[0] is '•' or '·' or '»' && length <= 20 && line.IndexOfAny("，,。") < 0) ||
        (line.StartsWith("返回", StringComparison.Ordinal) && length <= 10);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WidgetLookup = WidgetWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxWidgetWord = 5;

    private static bool IsWidgetWord(ReadOnlySpan<char> line)
    {
        if (line.StartsWith("关注", StringComparison.Ordinal)) return line.Length <= 10;
        if (line.Length > 2 * MaxWidgetWord) return false;
        // 搜 索: a button's word set with a space between its characters.
        Span<char> lower = stackalloc char[line.Length];
        var n = 0;
        foreach (var c in line)
            if (!ChineseText.IsSpace(c)) lower[n++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        return n <= MaxWidgetWord && WidgetLookup.Contains(lower[..n]);
    }

    private static readonly string[] DisclaimerHeads = ["免责声明", "免责申明", "版权声明", "版权申明", "版权和免责"];
    private static readonly string[] ReprintContext = ["本网", "本站", "本文", "注明", "授权", "出处", "原文", "来源为", "不得转载", "禁止转载", "未经"];

    // 版权和免责申明; 凡注有"某某在线"的稿件…未经许可不得转载; 本文为某某网原创文章,转载请附上原文出处链接: the site's
    // reprint terms, printed as sentences under the article.
    private static bool IsDisclaimer(ReadOnlySpan<char> line)
    {
        foreach (var head in DisclaimerHeads)
            if (line.StartsWith(head, StringComparison.Ordinal)) return true;
        if (IsCopyrightNoticeHeading(line)) return true;
        if (DisownsViews(line)) return true;
        if (!line.Contains("转载", StringComparison.Ordinal)) return false;
        foreach (var word in ReprintContext)
            if (line.Contains(word, StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly string[] SiteSelves = ["本网", "本站", "本平台"];

    // 本网站所刊载信息,不代表某某观点 / 仅代表作者本人,不代表本站立场: the site disowning the views of what it prints.
    private static bool DisownsViews(ReadOnlySpan<char> line)
    {
        if (!line.Contains("不代表", StringComparison.Ordinal) || (!line.Contains("观点", StringComparison.Ordinal) && !line.Contains("立场", StringComparison.Ordinal)))
            return false;
        foreach (var self in SiteSelves)
            if (line.Contains(self, StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly string[] SummaryLabels = ["摘要", "内容提要", "内容摘要", "提要", "导读"];

    // 摘要:… / 内容提要:…: the site's summary field, a copy of the story's lead printed under the meta line.
    private static bool IsSummaryField(ReadOnlySpan<char> line)
    {
        // [摘要]… / 【摘要】…: the label set in brackets instead of closed by a colon.
        var bracketed = line.Length > 0 && line[0] is '[' or '【';
        if (bracketed) line = line[1..];
        foreach (var label in SummaryLabels)
            if (line.StartsWith(label, StringComparison.Ordinal) && line.Length > label.Length && line[label.Length] is var c &&
                (bracketed ? c is ']' or '】' : c is ':' or '：')) return true;
        return false;
    }

    private static readonly string[] PagePositions = ["下方", "上方", "文末", "右侧", "左侧", "下图"];

    // 扫描下方二维码免费阅读: a sentence sending the reader to a code placed on the page is the site's promotion, not the story.
    private static bool IsReaderPromotion(ReadOnlySpan<char> line)
    {
        if (!line.Contains("二维码", StringComparison.Ordinal) || ChineseText.VisibleLength(line) > MaxPromotion) return false;
        foreach (var place in PagePositions)
            if (line.Contains(place, StringComparison.Ordinal)) return true;
        return false;
    }

    private const int MaxPromotion = 60;

    private const int MaxLinkText = 40;

    // 某某专科医院哪家好 https://m.example.com/a/: a link's text and its address on one line is a link to another page
    // (an injected advertisement or a related link), never a headline or text of the story.
    private static bool IsLinkLine(ReadOnlySpan<char> line)
    {
        var gap = line.LastIndexOfAny(' ', '\u3000');
        if (gap <= 0) return false;
        var address = line[(gap + 1)..];
        if (!address.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !address.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) return false;
        var text = ChineseText.Trim(line[..gap]);
        return text.Length > 0 && ChineseText.VisibleLength(text) <= MaxLinkText && text.IndexOf("://", StringComparison.Ordinal) < 0;
    }

    // ------分隔线------: a labelled rule between the story and the site's lists.
    private static bool IsLabelledRule(ReadOnlySpan<char> line) =>
        (line.Contains("分隔线", StringComparison.Ordinal) || line.Contains("分割线", StringComparison.Ordinal)) && Count(line, '-') + Count(line, '—') >= 4;

    // 某某网版权与内容使用的声明, 免责声明: the heading over the site's copyright or disclaimer terms, on a line of its
    // own. Closed by a colon it is the site's wherever it stands; without one, only the page's position tells it from a
    // headline about a statement (ChromeFilter reads it under a closed story).
    internal static bool IsSiteStatementHeading(ReadOnlySpan<char> line)
    {
        var text = ChineseText.Trim(line).TrimEnd(":：");
        return ChineseText.VisibleLength(text) <= MaxStatementHeading && text.IndexOfAny("，,。") < 0 && !ChineseText.EndsSentence(text) &&
            (text.EndsWith("声明", StringComparison.Ordinal) || text.EndsWith("申明", StringComparison.Ordinal)) &&
            (text.Contains("版权", StringComparison.Ordinal) || text.Contains("免责", StringComparison.Ordinal));
    }

    private static bool IsCopyrightNoticeHeading(ReadOnlySpan<char> line)
    {
        var trimmed = ChineseText.Trim(line);
        return trimmed.Length > 0 && trimmed[^1] is ':' or '：' && trimmed.Contains("版权", StringComparison.Ordinal) && IsSiteStatementHeading(trimmed);
    }

    private const int MaxStatementHeading = 30;

    // "某县精神文明建设指导委员会   某县文明办  主办": the site's owners, set apart by spaces.
    private static bool IsSiteOwner(ReadOnlySpan<char> line)
    {
        if (IsOwnerClauses(line)) return true;
        if (line.IndexOfAny("，,。") >= 0) return false;
        if (line.EndsWith(" 主办", StringComparison.Ordinal) || line.EndsWith(" 承办", StringComparison.Ordinal)) return true;
        // 中共某某部委托某某社主办, 某某日报社主办: an organization owning the site, not a story's event.
        if (!line.EndsWith("主办", StringComparison.Ordinal) || line.Length < 6) return false;
        return line.Contains("委托", StringComparison.Ordinal) || OwnerEndings.Contains(line[^3]);
    }

    private const string OwnerEndings = "部社委局办报网台";

    private static readonly string[] OwnerVerbs = ["主管", "主办", "承办", "协办"];

    // 中共某县委、某县人民政府主管,县委宣传部主办,某县融媒体中心承办: the site's owners, clause by clause, each
    // closed by its part (主管, 主办, 承办); an event's organizers are told in a sentence with more than that.
    private static bool IsOwnerClauses(ReadOnlySpan<char> line)
    {
        if (line.IndexOfAny("。；;") >= 0) return false;
        var clauses = 0;
        foreach (var range in line.SplitAny(",，"))
        {
            var clause = ChineseText.Trim(line[range]);
            if (clause.IsEmpty) continue;
            var owner = false;
            foreach (var verb in OwnerVerbs) owner |= clause.EndsWith(verb, StringComparison.Ordinal);
            if (!owner) return false;
            clauses++;
        }
        return clauses >= 2;
    }

    // 《 光明日报 》( 2011年11月24日   04 版): the print source of an e-paper article, outlet, date and page.
    public static bool IsPrintSource(ReadOnlySpan<char> line)
    {
        if (IsBracketedPrintSource(line)) return true;
        if (line.Length < 8 || line[0] != '《' || line[^1] is not (')' or '）')) return false;
        var close = line.IndexOf('》');
        if (close < 2 || close > 16) return false;
        var rest = ChineseText.Trim(line[(close + 1)..]);
        return rest.Length > 0 && rest[0] is '(' or '（' && rest.Contains('年') && rest.Contains('日') && rest[..^1].TrimEnd().EndsWith('版');
    }

    // (2017年3月6日,《某某日报》第A04版,记者:某某): a repost's citation of the printed story, date, paper and page in
    // parentheses under the headline; the reporter it names signs the story's own lead as well.
    private static bool IsBracketedPrintSource(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxBracketedSource || line[0] is not ('(' or '（') || line[^1] is not (')' or '）')) return false;
        var open = line.IndexOf('《');
        var close = line.IndexOf('》');
        if (open < 0 || close < open + 2) return false;
        var before = line[..open];
        return before.Contains('年') && before.Contains('日') && line[close..].Contains('版');
    }

    private const int MaxBracketedSource = 60;

    // 欢迎各地通讯员踊跃投稿:某某@example.com, 投稿邮箱:…: the site's call for contributions, not a headline.
    private static bool IsSubmissionNotice(ReadOnlySpan<char> line, int length) =>
        length <= MaxSubmissionNotice && line.Contains("投稿", StringComparison.Ordinal) &&
        (line.StartsWith("欢迎", StringComparison.Ordinal) || line.Contains('@') || line.Contains("邮箱", StringComparison.Ordinal));

    private const int MaxSubmissionNotice = 60;

    private static readonly string[] ProducerWords = ["报", "网", "台", "社", "媒体", "中心", "客户端", "新闻", "视频"];

    // 某某日报新媒体出品, 某县融媒体中心出品, 某社音视频部制作: the outlet that produced a new-media post or video, printed over its credits block;
    // it is furniture, not a headline that would take the credits below it.
    private static bool IsProductionCredit(ReadOnlySpan<char> line)
    {
        if (line.Length is < 5 or > 20 || !(line.EndsWith("出品", StringComparison.Ordinal) || line.EndsWith("制作", StringComparison.Ordinal))) return false;
        var producer = line[..^2];
        foreach (var c in producer)
            if (!HanCharacters.IsHan(c) && c != '·') return false;
        foreach (var w in ProducerWords)
            if (producer.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    // (资料图片仅供参考), 图片仅供参考: the site's note on a stock picture, standing where the picture was.
    private static bool IsPictureDisclaimer(ReadOnlySpan<char> line)
    {
        var note = line.Trim("()（）【】[] ");
        return note.Length <= 12 && note.EndsWith("仅供参考", StringComparison.Ordinal) && note.Contains('图');
    }

    private static readonly string[] CurrentPagePrefixes = ["当前版面", "当前版"];

    // 第A3版:今日牡丹区, 06版:要闻, 第01版, 03:社会民生
    private static bool IsPageHeader(ReadOnlySpan<char> line)
    {
        // 当前版:02版, 当前版面:A3版: the e-paper's page selector.
        foreach (var prefix in CurrentPagePrefixes)
            if (line.StartsWith(prefix, StringComparison.Ordinal) && line.Length > prefix.Length + 1 && line[prefix.Length] is ':' or '：')
                line = ChineseText.Trim(line[(prefix.Length + 1)..]);
        var s = line.StartsWith('第') ? line[1..] : line;
        if (s.Length < line.Length && IsChinesePageNumber(s)) return true;
        // 第A3版, 第RB01版: an edition prefix of one or two letters.
        for (var letters = 0; letters < 2 && s.Length > 0 && char.IsAsciiLetterUpper(s[0]); letters++) s = s[1..];
        var digits = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits])) digits++;
        // 00002版: some e-papers pad the page number to five digits.
        if (digits is 0 or > 5 || digits >= s.Length) return false;
        if (s[digits] == '版') return true;
        return line.Length <= 12 && s[digits] is ':' or '：' && digits + 1 < s.Length && HanCharacters.IsHan(s[digits + 1]);
    }

    // 第二版:要闻, 第十二版: papers that spell the page number in Chinese numerals (after 第 only, so a sentence opening
    // with 二版 is not taken), alone or with a short page name after a colon.
    private static bool IsChinesePageNumber(ReadOnlySpan<char> afterDi)
    {
        var digits = 0;
        while (digits < afterDi.Length && digits < 3 && "一二三四五六七八九十〇零".Contains(afterDi[digits])) digits++;
        if (digits == 0 || digits >= afterDi.Length || afterDi[digits] != '版') return false;
        var rest = afterDi[(digits + 1)..];
        return rest.IsEmpty || (rest.Length <= 10 && rest[0] is ':' or '：' && rest.Length > 1 && HanCharacters.IsHan(rest[1]));
    }

    // 某某网-某某日报, 某某网—某某晚报: the outlets a story was taken from, printed under the headline without a 来源 label.
    private static bool IsOutletChain(ReadOnlySpan<char> line)
    {
        if (line.Length > 24) return false;
        var parts = 0;
        foreach (var range in line.SplitAny("-—－"))
        {
            if (range.Start.Equals(range.End)) continue;
            var name = ChineseText.Trim(line[range]);
            if (name.Length < 2 || !HanCharacters.AreAllHan(name) || name[^1] is not ('网' or '报' or '社' or '台')) return false;
            parts++;
        }
        return parts >= 2;
    }

    // 日 | 一 | 二 | 三 | 四 | 五 | 六: the header row of an e-paper's date picker, five or more one-character weekdays.
    private static bool IsWeekdayRow(ReadOnlySpan<char> line)
    {
        var days = 0;
        foreach (var c in line)
        {
            if ("日一二三四五六天".Contains(c)) days++;
            else if (!ChineseText.IsSpace(c) && c is not ('|' or '｜' or '-')) return false;
        }
        return days >= 5;
    }

    private static readonly string[] DateResidue = ["星期", "周", "出版", "阅读", "日期查询", "更新", "发布", "农历"];

    // 2021年12月29日 | 2022 年 12 月 22 日 星期四 阅读:17 | 2021年02月10日 星期三 出版 | 星期四 第2232期 | 2022年12月22
    public static bool IsDateLine(ReadOnlySpan<char> line)
    {
        if (line.Length > 40) return false;
        // 2025年01月14日17:18 |: the bar that set the date apart from a widget removed after it.
        line = line.TrimEnd("|｜ ");
        var i = 0;
        var dateParts = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (char.IsAsciiDigit(c) || ChineseText.IsSpace(c) || c is ':' or '：' or '-' or '/' or '.' or ',' or '，' or '(' or ')' or '（' or '）')
            {
                i++;
                continue;
            }
            if (c is '年' or '月' or '日' or '号' && i > 0) { dateParts++; i++; continue; }
            if (c == '第' && i + 1 < line.Length && char.IsAsciiDigit(line[i + 1])) { i++; continue; }
            if (c == '期' || c == '版') { i++; continue; }
            var matched = false;
            foreach (var r in DateResidue)
            {
                if (!line[i..].StartsWith(r, StringComparison.Ordinal)) continue;
                i += r.Length;
                if (r is "星期" or "周" && i < line.Length && "一二三四五六日天".Contains(line[i])) i++;
                matched = true;
                break;
            }
            if (!matched) return dateParts >= 3 && i > 0 && ChineseText.IsSpace(line[i - 1]) && IsDatedAuthor(line[i..]);
        }
        return dateParts > 0 || line.Contains("星期", StringComparison.Ordinal);
    }

    // 2023年06月26日  林小禾: an e-paper's date with the story's author after it, the page's meta row.
    private static bool IsDatedAuthor(ReadOnlySpan<char> rest) =>
        rest.Length <= 12 && (PersonNames.IsNameLine(rest) || (ChineseText.Trim(rest).Length <= 4 && PersonNames.IsNameToken(ChineseText.Trim(rest))));
}
