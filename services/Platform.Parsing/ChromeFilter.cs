using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Parsing;

/// <summary>The content lines of a page with its furniture set aside.</summary>
/// <param name="Lines">Content lines in reading order (meta lines reduced to their author field).</param>
/// <param name="Discarded">The furniture, with reasons, in reading order.</param>
/// <param name="SiteChrome">The page carries web or e-paper furniture (navigation, meta, breadcrumbs…): it is a
/// web page, whose lines are elements rather than a typeset column.</param>
internal sealed record FilteredPage(List<PageLine> Lines, List<DiscardedText> Discarded, bool SiteChrome);

/// <summary>
/// Sets aside page furniture line by line (<see cref="PageChrome"/>) and in blocks: the name line under a bare
/// 第01版, a label above a share widget, an editor's note (编者按 and its paragraphs), and headline lists (three
/// or more stacked short lines next to navigation and not followed by body text). Meta lines that name authors
/// stay as content, cut down to the author field. The first content line after removed furniture is marked as
/// starting a block, and a line right above a meta line as a headline candidate.
/// </summary>
internal static class ChromeFilter
{
    private const int MinHeadlineList = 3;
    private static readonly string[] EditorNoteLabels = ["编者按", "编前语", "编后语", "编者的话", "编者注", "编辑按", "开栏语", "开篇语"];

    public static FilteredPage Run(string printed, string simple, List<PageLine> lines, int start, int end)
    {
        var count = end - start;
        var reasons = new string?[count];
        int strong = 0, meta = 0;
        for (var k = 0; k < count; k++)
        {
            reasons[k] = PageChrome.Classify(lines[start + k].Span(simple));
            if (reasons[k] is DiscardReasons.Navigation or DiscardReasons.Breadcrumb or DiscardReasons.ShareWidget or DiscardReasons.Copyright or DiscardReasons.PageHeader) strong++;
            if (reasons[k] is DiscardReasons.PageMeta or DiscardReasons.DateLine) meta++;
            if (reasons[k] == DiscardReasons.PageMeta && IsSourceLine(lines[start + k].Span(simple))) strong++;
        }
        // One editor or date line is found in print too; a web page shows navigation or several meta lines.
        var siteChrome = strong > 0 || meta >= 2;
        MarkBlocks(simple, lines, start, reasons);
        MarkLinksAboveBreadcrumb(simple, lines, start, reasons);
        KeepColumnHeadlineAboveSource(simple, lines, start, reasons);
        if (start == 0 && count == lines.Count && Array.TrueForAll(reasons, r => r is null) &&
            !(count > 0 && (MetaTagTitle.TryFind(lines[0].Span(simple), out _, out _) || FlattenedHeadlineLine.TryFind(lines[0].Span(simple), out _, out _, out _))))
            return new FilteredPage(lines, [], siteChrome); // nothing to set aside: the page's lines as they are

        var content = new List<PageLine>(count);
        var discarded = new List<DiscardedText>();
        var afterChrome = false;
        for (var k = 0; k < count; k++)
        {
            var line = lines[start + k];
            var reason = reasons[k];
            if (LabelledTitle.TryFind(line.Span(simple), reason, out var headlineAt, out var headlineLength))
            {
                // 标题: 某某 [打印本页]: a forum's print view labels the thread's headline; label and button are furniture.
                discarded.Add(new DiscardedText(SourceLedger.Cut(printed.AsSpan(line.Start, headlineAt).Trim()), DiscardReasons.PageMeta));
                content.Add(new PageLine(line.Start + headlineAt, headlineLength, line.GapBefore,
                    line.Marks | LineMarks.Headline | (NextIsMeta(reasons, k) ? LineMarks.BeforeMeta : LineMarks.None)));
                var tail = line.Length - headlineAt - headlineLength;
                if (tail > 0 && !string.IsNullOrWhiteSpace(printed.Substring(line.Start + headlineAt + headlineLength, tail)))
                    discarded.Add(new DiscardedText(SourceLedger.Cut(printed.AsSpan(line.Start + headlineAt + headlineLength, tail).Trim()), DiscardReasons.ShareWidget));
                afterChrome = false;
                continue;
            }
            if (reason is null && content.Count == 0 && FlattenedHeadlineLine.TryFind(line.Span(simple), out var flatHeadline, out var stampAt, out var stampLength))
            {
                // 标题 2012年1月7日 08:52:44正文…: a page copied onto one line; headline, date line, then the rest as a line of its own.
                content.Add(new PageLine(line.Start, flatHeadline, line.GapBefore, line.Marks | LineMarks.Headline | LineMarks.BeforeMeta));
                discarded.Add(new DiscardedText(SourceLedger.Cut(printed.AsSpan(line.Start + stampAt, stampLength)), DiscardReasons.DateLine));
                var restAt = stampAt + stampLength;
                while (restAt < line.Length && ChineseText.IsSpace(printed[line.Start + restAt])) restAt++;
                content.Add(new PageLine(line.Start + restAt, line.Length - restAt, 1, LineMarks.AfterChrome));
                afterChrome = false;
                continue;
            }
            if (reason is null && content.Count == 0 && MetaTagTitle.TryFind(line.Span(simple), out var tagTitleAt, out var tagTitleLength))
            {
                if (tagTitleAt > 0) discarded.Add(new DiscardedText(SourceLedger.Cut(printed.AsSpan(line.Start, tagTitleAt).Trim()), DiscardReasons.Markup));
                content.Add(new PageLine(line.Start + tagTitleAt, tagTitleLength, line.GapBefore, line.Marks | LineMarks.Headline));
                discarded.Add(new DiscardedText(SourceLedger.Cut(printed.AsSpan(line.Start + tagTitleAt + tagTitleLength, line.Length - tagTitleAt - tagTitleLength).Trim()), DiscardReasons.Markup));
                continue;
            }
            if (reason is null)
            {
                content.Add(line with
                {
                    GapBefore = afterChrome ? Math.Max(line.GapBefore, 2) : line.GapBefore,
                    Marks = line.Marks | (afterChrome ? LineMarks.AfterChrome : LineMarks.None) | (NextIsMeta(reasons, k) ? LineMarks.BeforeMeta : LineMarks.None) |
                        (afterChrome && k > 0 && PageChrome.IsPrintSource(lines[start + k - 1].Span(simple)) ? LineMarks.AfterPrintSource : LineMarks.None),
                });
                afterChrome = false;
                continue;
            }
            if (reason == DiscardReasons.PageMeta && content.Count == 0 && k + 1 < count && reasons[k + 1] is null &&
                OriginalTitleStart(line.Span(simple)) is var title and > 0)
            {
                // 原标题:某某 as the page's only headline, right above the story: the label is meta, the rest the headline.
                discarded.Add(new DiscardedText(SourceLedger.Cut(printed.AsSpan(line.Start, title).Trim()), reason));
                content.Add(new PageLine(line.Start + title, line.Length - title, line.GapBefore, line.Marks | LineMarks.Headline));
                afterChrome = false;
                continue;
            }
            if (reason == DiscardReasons.PageMeta && MetaAuthors.TryFind(line.Span(simple), out var at, out var length))
            {
                if (at > 0) discarded.Add(new DiscardedText(SourceLedger.Cut(printed.AsSpan(line.Start, at)), reason));
                content.Add(new PageLine(line.Start + at, length, Math.Max(line.GapBefore, 2), LineMarks.Meta | LineMarks.AfterChrome));
                var rest = line.Length - at - length;
                if (rest > 0 && !string.IsNullOrWhiteSpace(printed.Substring(line.Start + at + length, rest)))
                    discarded.Add(new DiscardedText(SourceLedger.Cut(printed.AsSpan(line.Start + at + length, rest).Trim()), reason));
                afterChrome = true;
                continue;
            }
            discarded.Add(new DiscardedText(line.Text(printed), reason));
            afterChrome = true;
        }
        return new FilteredPage(content, discarded, siteChrome);
    }

    private static readonly string[] OriginalTitleLabels = ["原标题", "原题"];

    // Start of the headline after a 原标题: label, or 0 when the line is no such label or holds nothing else.
    internal static int OriginalTitleStart(ReadOnlySpan<char> line)
    {
        foreach (var label in OriginalTitleLabels)
        {
            if (!line.StartsWith(label, StringComparison.Ordinal) || line.Length <= label.Length || line[label.Length] is not (':' or '：')) continue;
            var i = label.Length + 1;
            while (i < line.Length && ChineseText.IsSpace(line[i])) i++;
            var rest = line.Length - i;
            return rest >= MinOriginalTitle && rest <= LineClassifier.MaxWebTitleLength ? i : 0;
        }
        return 0;
    }

    private const int MinOriginalTitle = 4;

    // Short lines above the breadcrumb (首页 > 栏目 > 正文) are the site's menus and featured links: the page's own
    // content starts below its breadcrumb. A line right above the page's source line (时间:… 来源:…) is the headline
    // that line belongs to, on pages that print the breadcrumb under the headline.
    private static void MarkLinksAboveBreadcrumb(string simple, List<PageLine> lines, int start, string?[] reasons)
    {
        var breadcrumb = Array.IndexOf(reasons, DiscardReasons.Breadcrumb);
        if (breadcrumb <= 0) return;
        for (var k = 0; k < breadcrumb; k++)
        {
            if (reasons[k] is not null) continue;
            if (reasons[k + 1] == DiscardReasons.PageMeta && IsSourceLine(lines[start + k + 1].Span(simple))) continue;
            // 首页 > 栏目 人气:130 日期:… under the headline: the breadcrumb carries the page's meta, so it is that line too.
            if (k + 1 == breadcrumb && IsSourceLine(lines[start + k + 1].Span(simple))) continue;
            var span = lines[start + k].Span(simple);
            if (ChineseText.VisibleLength(span) <= MaxLinkAboveBreadcrumb && span.IndexOfAny("。！") < 0) reasons[k] = DiscardReasons.Navigation;
        }
    }

    private const int MaxLinkAboveBreadcrumb = 30;

    // 某栏目|某某标题 over 来源:…: one bar between a column name and a headline reads as a menu, but right above the
    // page's source line it is the story's headline (a menu there has short words on both sides of its bars).
    private static void KeepColumnHeadlineAboveSource(string simple, List<PageLine> lines, int start, string?[] reasons)
    {
        for (var k = 0; k + 1 < reasons.Length; k++)
        {
            if (reasons[k] != DiscardReasons.Navigation || !NextIsMeta(reasons, k) || !IsSourceLine(lines[start + k + 1].Span(simple))) continue;
            if (ColumnName.BarAt(ChineseText.Trim(lines[start + k].Span(simple))) >= 0) reasons[k] = null;
        }
    }

    // 来源:海口日报, 发布时间:… 来源:…, 日期:…: the provenance line of a web article (an editor line alone is no evidence).
    private static bool IsSourceLine(ReadOnlySpan<char> line) =>
        line.Contains("来源", StringComparison.Ordinal) || line.Contains("发布时间", StringComparison.Ordinal) ||
        line.Contains("发稿时间", StringComparison.Ordinal) || line.Contains("更新时间", StringComparison.Ordinal) ||
        line.Contains("日期:", StringComparison.Ordinal) || line.Contains("日期：", StringComparison.Ordinal);

    // A font-size switch or share widget (A- A+) may stand between a headline and its meta line.
    private static bool NextIsMeta(string?[] reasons, int k)
    {
        var next = k + 1;
        while (next < reasons.Length && next <= k + MaxWidgetsBeforeMeta && reasons[next] is DiscardReasons.Stray or DiscardReasons.ShareWidget) next++;
        return next < reasons.Length && reasons[next] is DiscardReasons.PageMeta or DiscardReasons.DateLine;
    }

    private const int MaxWidgetsBeforeMeta = 2;

    private static void MarkBlocks(string simple, List<PageLine> lines, int start, string?[] reasons)
    {
        for (var k = 0; k < reasons.Length; k++)
        {
            var line = lines[start + k];
            var span = line.Span(simple);
            // 第01版 / 头版: the page list of an e-paper, one number and one name per line (第01版:要闻 names its page already).
            if (reasons[k] == DiscardReasons.PageHeader && span[^1] == '版' && span.IndexOfAny(":：") < 0 && !span.StartsWith("当前版", StringComparison.Ordinal) && k + 1 < reasons.Length && reasons[k + 1] is null &&
                IsLabel(lines[start + k + 1].Span(simple), 8))
                reasons[k + 1] = DiscardReasons.PageHeader;
            // 乡村干部报网 / 微信公众号: a label right above a widget.
            if (reasons[k] is null && k + 1 < reasons.Length && reasons[k + 1] == DiscardReasons.ShareWidget &&
                lines[start + k + 1].GapBefore == 0 && IsLabel(span, 10))
                reasons[k] = DiscardReasons.ShareWidget;
            // • 报 纸 / 杂 志: the next of a menu's letter-spaced buttons, printed without its bullet.
            if (reasons[k] is null && k > 0 && reasons[k - 1] == DiscardReasons.Navigation && lines[start + k].GapBefore == 0 && IsLetterSpacedWord(span))
                reasons[k] = DiscardReasons.Navigation;
            if (reasons[k] == DiscardReasons.Breadcrumb && ChineseText.Trim(span) is [.., ':' or '：']) k = MarkBreadcrumbPieces(simple, lines, start, reasons, k);
            if (reasons[k] is null && StartsEditorNote(span)) k = MarkEditorNote(simple, lines, start, reasons, k);
            if (reasons[k] is null && IsEditorSignoff(span)) MarkSignedEditorNote(simple, lines, start, reasons, k);
            if (reasons[k] is null && IsRelatedLabel(span)) k = MarkRelatedHeadlines(simple, lines, start, reasons, k);
            if (reasons[k] is null && PageChrome.IsSiteStatementHeading(span)) k = MarkSiteStatement(simple, lines, start, reasons, k);
        }
        MarkPageTitleElement(simple, lines, start, reasons);
        MarkHeadlineLists(simple, lines, start, reasons);
        TeaserList.Mark(simple, lines, start, reasons);
        KeywordTags.Mark(simple, lines, start, reasons);
    }

    private const int MaxCrumb = 12;

    // 杂 志: two Han characters set apart by a space, as menu buttons are printed.
    private static bool IsLetterSpacedWord(ReadOnlySpan<char> line) =>
        ChineseText.Trim(line) is [var a, ' ' or '\u3000', var b] && HanCharacters.IsHan(a) && HanCharacters.IsHan(b);

    private const int MaxLinesToHeadline = 3;

    // - 标题-某某网 over 标题: the page's title element, set aside before the lines above the headline are read as a menu.
    private static void MarkPageTitleElement(string simple, List<PageLine> lines, int start, string?[] reasons)
    {
        var first = Array.IndexOf(reasons, null);
        if (first < 0) return;
        var headline = Array.IndexOf(reasons, null, first + 1);
        if (headline > 0 && headline <= first + MaxLinesToHeadline &&
            PageTitleElement.Repeats(lines[start + first].Span(simple), lines[start + headline].Span(simple)))
            reasons[first] = DiscardReasons.RepeatedTitle;
    }

    // 当前位置: / 某某新闻网 / > / 某县 / > / 新闻中心: a breadcrumb printed one piece a line; its pieces are the names
    // joined by the separator lines, and the line after the last piece (the headline) is content again.
    private static int MarkBreadcrumbPieces(string simple, List<PageLine> lines, int start, string?[] reasons, int k)
    {
        var j = k + 1;
        var expectPiece = true;
        while (j < reasons.Length)
        {
            var span = ChineseText.Trim(lines[start + j].Span(simple));
            if (span is ">" or ">>" or "»" or "→" or "＞")
            {
                reasons[j] = DiscardReasons.Breadcrumb;
                expectPiece = true;
            }
            else if (expectPiece && reasons[j] is null or DiscardReasons.Navigation && IsLabel(span, MaxCrumb))
            {
                reasons[j] = DiscardReasons.Breadcrumb;
                expectPiece = false;
            }
            else break;
            j++;
        }
        return j - 1;
    }

    private static bool IsLabel(ReadOnlySpan<char> line, int max) =>
        ChineseText.VisibleLength(line) <= max && !ChineseText.HasClauseMark(line) && !ChineseText.EndsSentence(line);

    private static bool StartsEditorNote(ReadOnlySpan<char> line)
    {
        // 【开栏语】: the label set in brackets on a line of its own.
        line = line.TrimStart("【[");
        foreach (var label in EditorNoteLabels)
            if (line.StartsWith(label, StringComparison.Ordinal)) return true;
        return false;
    }

    // The note runs over the paragraphs that follow its label, up to the first line that is not body text.
    private static int MarkEditorNote(string simple, List<PageLine> lines, int start, string?[] reasons, int k)
    {
        reasons[k] = DiscardReasons.EditorNote;
        var j = k + 1;
        while (j < reasons.Length && reasons[j] is null && IsBodyText(lines[start + j].Span(simple)) &&
               PhotoCredit.TrailingStart(lines[start + j].Span(simple)) < 0)
        {
            reasons[j] = DiscardReasons.EditorNote;
            j++;
        }
        return j - 1;
    }

    // ——编 者: the editors sign a note printed after the page's pictures; they are not the speakers of a quote.
    private static bool IsEditorSignoff(ReadOnlySpan<char> line)
    {
        line = ChineseText.Trim(line);
        if (line.Length < 3 || line[0] is not ('—' or '-' or '－')) return false;
        line = ChineseText.Trim(line.TrimStart("—-－"));
        return line.Length is >= 2 and <= 4 && line[0] == '编' && line[^1] == '者' && ChineseText.Trim(line[1..^1]).IsEmpty;
    }

    // The signed note runs back over a few body paragraphs to the credit of the picture above it; a story that only
    // ends with the sign-off (no credit above its paragraphs) is left alone.
    private static void MarkSignedEditorNote(string simple, List<PageLine> lines, int start, string?[] reasons, int k)
    {
        var first = k;
        while (first > 0 && k - first < MaxSignedNote && reasons[first - 1] is null && IsBodyText(lines[start + first - 1].Span(simple)) &&
               PhotoCredit.TrailingStart(lines[start + first - 1].Span(simple)) < 0)
            first--;
        if (first == k || first == 0 || reasons[first - 1] is not null) return;
        var above = lines[start + first - 1].Span(simple);
        if (!PhotoCredit.IsCreditLine(above) && PhotoCredit.TrailingStart(above) < 0) return;
        for (var j = first; j <= k; j++) reasons[j] = DiscardReasons.EditorNote;
    }

    private const int MaxSignedNote = 4;

    private static bool IsBodyText(ReadOnlySpan<char> line) =>
        ChineseText.EndsSentence(WithoutClosingByline(line)) && ChineseText.VisibleLength(line) > 20;

    // …荣誉证书。 (申子冉): a paragraph closed by its writer's name in parentheses still ends a sentence before it.
    private static ReadOnlySpan<char> WithoutClosingByline(ReadOnlySpan<char> line)
    {
        line = ChineseText.Trim(line);
        if (line.IsEmpty || line[^1] is not (')' or '）')) return line;
        var open = line.LastIndexOfAny('(', '（');
        return open > 0 ? ChineseText.Trim(line[..open]) : line;
    }

    /// <summary>
    /// Three or more stacked short lines beside navigation (or at the end), with no body text after them; and a page whose
    /// content is nothing but three or more headlines (a list page, whatever the gaps between them): no story has no body.
    /// </summary>
    private static void MarkHeadlineLists(string simple, List<PageLine> lines, int start, string?[] reasons)
    {
        if (IsBareHeadlineList(simple, lines, start, reasons))
        {
            for (var x = 0; x < reasons.Length; x++) reasons[x] ??= DiscardReasons.HeadlineList;
            return;
        }
        var k = 0;
        while (k < reasons.Length)
        {
            if (reasons[k] is not null || !IsHeadline(lines[start + k].Span(simple)))
            {
                k++;
                continue;
            }
            var j = k + 1;
            while (j < reasons.Length && reasons[j] is null && lines[start + j].GapBefore <= 1 && IsHeadline(lines[start + j].Span(simple))) j++;
            var before = k == 0 ? null : reasons[k - 1];
            var after = j < reasons.Length ? reasons[j] : null;
            var bodyFollows = j < reasons.Length && reasons[j] is null;
            // The last line over the meta line of a story is that story's headline, whatever stands above it.
            var end = IsAnchoredHeadline(simple, lines, start, reasons, j) ? HeadlineStart(simple, lines, start, k, j - 1) : j;
            if (end - k >= MinHeadlineList - (end < j ? 1 : 0) && !bodyFollows &&
                (IsNavigation(before) || IsNavigation(after) || IsListItemRun(simple, lines, start + k, start + end)) &&
                !HasNameLine(simple, lines, start + k, start + j))
                for (var x = k; x < end; x++) reasons[x] = DiscardReasons.HeadlineList;
            k = j;
        }
    }

    // A meta or date line right under the run, with body text under the meta: the run ends in a story's headline.
    private static bool IsAnchoredHeadline(string simple, List<PageLine> lines, int start, string?[] reasons, int j)
    {
        if (j >= reasons.Length || reasons[j] is not (DiscardReasons.PageMeta or DiscardReasons.DateLine)) return false;
        var body = j + 1;
        while (body < reasons.Length && reasons[body] is DiscardReasons.PageMeta or DiscardReasons.DateLine) body++;
        // 某某网8月29日报道(某某日报记者 某某) on a line of its own: the story's lead stands between its meta and its text.
        if (body + 1 < reasons.Length && reasons[body] is null && IsLeadAlone(lines[start + body].Span(simple))) body++;
        return body < reasons.Length && reasons[body] is null && IsBodyText(lines[start + body].Span(simple));
    }

    private static bool IsLeadAlone(ReadOnlySpan<char> line)
    {
        line = ChineseText.Trim(line);
        return DatelineLead.Length(line, out _, out _) >= line.Length;
    }

    // The headline over the meta line, or over its —— subtitle there.
    private static int HeadlineStart(string simple, List<PageLine> lines, int start, int first, int last)
    {
        var line = lines[start + last].Span(simple);
        return last > first && line.Length >= 2 && ChineseText.IsDash(line[0]) && ChineseText.IsDash(line[1]) ? last - 1 : last;
    }

    private static bool IsBareHeadlineList(string simple, List<PageLine> lines, int start, string?[] reasons)
    {
        var headlines = 0;
        for (var k = 0; k < reasons.Length; k++)
        {
            if (reasons[k] is not null) continue;
            var line = lines[start + k];
            if (!IsHeadline(line.Span(simple)) || PersonNames.IsNameLine(line.Span(simple)) ||
                PhotoCredit.TrailingStart(line.Span(simple)) > 0)
                return false;
            headlines++;
        }
        return headlines >= MinHeadlineList;
    }

    private static bool HasNameLine(string simple, List<PageLine> lines, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (PersonNames.IsNameLine(lines[i].Span(simple))) return true;
        return false;
    }

    // The heading and its numbered clauses (1、…, 2、…) are the site's, not a story.
    private static int MarkSiteStatement(string simple, List<PageLine> lines, int start, string?[] reasons, int k)
    {
        reasons[k] = DiscardReasons.Copyright;
        var j = k + 1;
        while (j < reasons.Length && (reasons[j] is not null || Enumerator.Length(lines[start + j].Span(simple)) > 0))
        {
            reasons[j] ??= DiscardReasons.Copyright;
            j++;
        }
        return j - 1;
    }

    private static readonly string[] RelatedLabels = ["相关", "相关知识", "相关新闻", "相关阅读", "相关报道", "相关文章", "推荐阅读", "延伸阅读", "新闻推荐", "猜你喜欢"];

    // 相关新闻 / 推荐阅读: the label of a list of other stories' headlines.
    internal static bool IsRelatedLabel(ReadOnlySpan<char> line)
    {
        line = ChineseText.Trim(line).TrimEnd(":：");
        foreach (var label in RelatedLabels)
            if (line.SequenceEqual(label)) return true;
        return false;
    }

    // The label and the headlines right under it (no sentence, no body text) are related links, not items.
    private static int MarkRelatedHeadlines(string simple, List<PageLine> lines, int start, string?[] reasons, int k)
    {
        // The label as the page's last line: its list was cut off with the page.
        if (k == reasons.Length - 1)
        {
            reasons[k] = DiscardReasons.HeadlineList;
            return k;
        }
        var end = k + 1;
        while (end < reasons.Length && (reasons[end] is not null || IsHeadline(lines[start + end].Span(simple)) ||
                                        IsSnippet(lines[start + end].Span(simple), end == reasons.Length - 1))) end++;
        // Fewer links still make the list when it runs to the end of the page: nothing under the label is a story. One
        // line may close the page after the links: the channel's slogan (某县新闻,新鲜有料。…), no story of its own.
        var closesPage = end > k + 1 && end >= reasons.Length - 1;
        if (end - k - 1 < MinHeadlineList - 1 && !closesPage) return k;
        if (closesPage) end = reasons.Length;
        for (var x = k; x < end; x++) reasons[x] ??= DiscardReasons.HeadlineList;
        return end - 1;
    }

    // A linked story's opening cut off with an ellipsis (…旅游...), or by the end of the stored page.
    private static bool IsSnippet(ReadOnlySpan<char> line, bool last)
    {
        line = ChineseText.Trim(line);
        return line.EndsWith("...", StringComparison.Ordinal) || line.EndsWith("…", StringComparison.Ordinal) || (last && !ChineseText.EndsSentence(line));
    }

    private static bool IsNavigation(string? reason) =>
        reason is DiscardReasons.Navigation or DiscardReasons.PageHeader or DiscardReasons.Breadcrumb or DiscardReasons.Copyright or DiscardReasons.ShareWidget
            or DiscardReasons.DateLine or DiscardReasons.PageMeta;

    // - 标题甲 / - 标题乙 / - 标题丙: a page copied as markdown prints its list of the paper's other headlines as list
    // items; the markers say it is a list wherever it stands, so it needs no navigation beside it.
    private static bool IsListItemRun(string simple, List<PageLine> lines, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (!ChineseText.Trim(lines[i].Span(simple)).StartsWith("- ", StringComparison.Ordinal)) return false;
        return to > from;
    }

    // A headline may ask or exclaim (有几座公园? 120座!), but never closes with a full stop.
    private static bool IsHeadline(ReadOnlySpan<char> line)
    {
        var length = ChineseText.VisibleLength(line);
        return length is >= 2 and <= 40 && (!ChineseText.EndsSentence(line) || EndsAsking(line)) && line.IndexOfAny("。，；") < 0;
    }

    private static bool EndsAsking(ReadOnlySpan<char> line) => ChineseText.Trim(line) is [.., '?' or '？' or '!' or '！'];
}
