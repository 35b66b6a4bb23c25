using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// Splits a title block into kicker (引题), title and subtitle (副题): lines are joined, a subtitle is
/// introduced by —— on its own line or after the title on the same line, and a first line is a kicker
/// when the title proper starts on a later line with a place name. On a web page, whose lines are elements
/// and never wrap, a second line that is not such a title is the subtitle. A leading 【column tag】 is no
/// part of the title, nor is a 来源: label glued after it.
/// </summary>
internal static class TitleBlockParser
{
    private const int MaxColumnTag = 12;

    /// <param name="lines">Title lines in order (kicker and title lines), as printed.</param>
    /// <param name="simple">The same lines in simplified characters.</param>
    /// <param name="subtitleLine">The —— line under the title, or null.</param>
    /// <param name="web">The page is a web page.</param>
    /// <param name="markers">Receives text that belongs to no field (subtitle dashes, column tags) with its reason.</param>
    public static TitleBlock Parse(IReadOnlyList<string> lines, IReadOnlyList<string> simple, string? subtitleLine, bool web,
        List<(string Text, string Reason)> markers)
    {
        var titleLines = new List<string>(lines);
        var simpleLines = new List<string>(simple);
        // A page title repeating the headline block on one line is a web page's, whatever other furniture it shows.
        web |= DropJoinedRepeat(titleLines, simpleLines, markers);
        StripBullet(titleLines, simpleLines, markers);
        StripColumnTag(titleLines, simpleLines, markers);
        StripTrailingSource(titleLines, simpleLines, markers);
        StripTrailingDate(titleLines, simpleLines, markers);
        var column = SplitColumnName(titleLines, simpleLines, markers);
        string? subtitle = null;
        if (subtitleLine is not null)
        {
            subtitle = StripDashes(subtitleLine, markers);
        }
        else
        {
            for (var i = 0; i < titleLines.Count; i++)
            {
                var at = InlineDash(titleLines[i]);
                if (at < 0) continue;
                var end = DashEnd(titleLines[i], at);
                markers.Add((SourceLedger.Slice(titleLines[i], at, end - at), DiscardReasons.Marker));
                subtitle = Join(titleLines.Skip(i).Select((l, k) => k == 0 ? SourceLedger.Slice(l, end) : l).ToList());
                titleLines[i] = SourceLedger.TrimEnd(SourceLedger.Slice(titleLines[i], 0, at));
                titleLines.RemoveRange(i + 1, titleLines.Count - i - 1);
                simpleLines.RemoveRange(i + 1, simpleLines.Count - i - 1);
                break;
            }
        }
        if (column is not null)
        {
            if (web && subtitle is null && titleLines.Count == 2)
                return new TitleBlock(column, SourceLedger.Trim(titleLines[0]), SourceLedger.Trim(titleLines[1]));
            return new TitleBlock(column, Join(titleLines), string.IsNullOrEmpty(subtitle) ? null : subtitle);
        }
        var kickerLines = KickerLineCount(simpleLines);
        if (kickerLines == 0 && subtitle is null && IsSpeechKicker(simpleLines))
        {
            // 某某在会见…时强调 / title lines / 某某参加会见: a leader's speech reported under its key sentence.
            kickerLines = 1;
            if (titleLines.Count >= 3 && IsAttendanceLine(simpleLines[^1]))
            {
                subtitle = SourceLedger.Trim(titleLines[^1]);
                titleLines.RemoveAt(titleLines.Count - 1);
                simpleLines.RemoveAt(simpleLines.Count - 1);
            }
        }
        if (web && subtitle is null && kickerLines == 0 && titleLines.Count == 2)
            return IsPlaceLine(simpleLines[0]) && !PlaceNameDetector.StartsWithPlace(simpleLines[1])
                ? new TitleBlock(SourceLedger.Trim(titleLines[0]), SourceLedger.Trim(titleLines[1]), null)
                : new TitleBlock(null, SourceLedger.Trim(titleLines[0]), SourceLedger.Trim(titleLines[1]));
        var kicker = kickerLines > 0 ? Join(titleLines.Take(kickerLines).ToList()) : null;
        var title = Join(titleLines.Skip(kickerLines).ToList());
        return new TitleBlock(kicker, title.Length > 0 ? title : null, string.IsNullOrEmpty(subtitle) ? null : subtitle);
    }

    // 标题 副题 / 标题 / 副题: the page title prints the headline and its subtitle on one line, then the headline
    // block prints them again on lines of their own; the first line is a repeat.
    private static bool DropJoinedRepeat(List<string> lines, List<string> simple, List<(string, string)> markers)
    {
        if (lines.Count < 3 || CompactText.Of(simple[0]) != CompactText.Of(string.Concat(simple.Skip(1)))) return false;
        markers.Add((lines[0], DiscardReasons.RepeatedTitle));
        lines.RemoveAt(0);
        simple.RemoveAt(0);
        return true;
    }

    // • 某县:万名志愿者…: a list bullet the page's menu left before the headline.
    private static void StripBullet(List<string> lines, List<string> simple, List<(string, string)> markers)
    {
        if (lines.Count == 0) return;
        var first = SourceLedger.TrimStart(lines[0]);
        if (first.Length < 2 || first[0] is not ('•' or '·')) return;
        var rest = SourceLedger.TrimStart(SourceLedger.Slice(first, 1));
        if (ChineseText.VisibleLength(rest) < 4) return;
        markers.Add((SourceLedger.Slice(first, 0, 1), DiscardReasons.Marker));
        lines[0] = rest;
        simple[0] = simple[0].TrimStart()[1..].TrimStart();
    }

    // 【新时代文明实践】彩礼…, 【转载】(…)我市…, [某某日报]我省…: a column or source tag before the headline.
    private static void StripColumnTag(List<string> lines, List<string> simple, List<(string, string)> markers)
    {
        if (lines.Count == 0) return;
        var first = lines[0];
        if (first.Length < 4 || first[0] is not ('【' or '[' or '［')) return;
        var close = first.IndexOf(first[0] switch { '【' => '】', '[' => ']', _ => '］' });
        if (close < 2 || close > MaxColumnTag || close + 1 >= first.Length) return;
        var rest = SourceLedger.TrimStart(SourceLedger.Slice(first, close + 1));
        if (ChineseText.VisibleLength(rest) < 4) return;
        markers.Add((SourceLedger.Slice(first, 0, close + 1), DiscardReasons.ColumnTag));
        lines[0] = rest;
        simple[0] = simple[0][(close + 1)..].TrimStart();
    }

    // 文明青溪丨在青溪县,…: the column name before the bar is the kicker, the bar no part of any field.
    private static string? SplitColumnName(List<string> lines, List<string> simple, List<(string, string)> markers)
    {
        if (lines.Count == 0) return null;
        var bar = ColumnName.BarAt(simple[0]);
        if (bar < 0) return null;
        var first = lines[0];
        markers.Add((SourceLedger.Slice(first, bar, 1), DiscardReasons.Marker));
        lines[0] = SourceLedger.TrimStart(SourceLedger.Slice(first, bar + 1));
        simple[0] = simple[0][(bar + 1)..].TrimStart();
        return SourceLedger.Trim(SourceLedger.Slice(first, 0, bar));
    }

    private static readonly string[] SourceLabels = ["信息来源", "文章来源", "稿件来源", "来源"];
    private const int MaxSourceValue = 24;

    // 某村表彰文明家庭信息来源:某县融媒体中心: the page's source label and value glued onto the headline.
    private static void StripTrailingSource(List<string> lines, List<string> simple, List<(string, string)> markers)
    {
        if (lines.Count == 0) return;
        var last = simple[^1];
        foreach (var label in SourceLabels)
        {
            var at = last.IndexOf(label, StringComparison.Ordinal);
            if (at < 0) continue;
            var colon = at + label.Length;
            while (colon < last.Length && last[colon] == ' ') colon++;
            if (colon >= last.Length || last[colon] is not (':' or '：')) continue;
            var value = last.AsSpan(colon + 1).Trim();
            if (ChineseText.VisibleLength(last.AsSpan(0, at)) < 6 || value.Length == 0 || value.Length > MaxSourceValue || value.IndexOfAny("。，,！？") >= 0) return;
            markers.Add((SourceLedger.Slice(lines[^1], at), DiscardReasons.PageMeta));
            lines[^1] = SourceLedger.TrimEnd(SourceLedger.Slice(lines[^1], 0, at));
            simple[^1] = last[..at].TrimEnd();
            return;
        }
    }

    // 某地家家都有志愿者 2020年07月10日, 某区举办启动仪式 |: the page's date or a bar printed after the headline on its line.
    private static void StripTrailingDate(List<string> lines, List<string> simple, List<(string, string)> markers)
    {
        if (lines.Count == 0) return;
        var last = simple[^1].TrimEnd();
        var at = last.LastIndexOfAny([' ', '\u3000']);
        if (at < 0) return;
        var tail = last.AsSpan(at + 1);
        var bar = tail is "|" or "｜";
        if (!bar && PageChrome.Classify(tail) != DiscardReasons.DateLine) return;
        var head = last.AsSpan(0, at).TrimEnd();
        if (ChineseText.VisibleLength(head) < MinTitleBeforeDate) return;
        markers.Add((SourceLedger.Trim(SourceLedger.Slice(lines[^1], head.Length)), bar ? DiscardReasons.Marker : DiscardReasons.DateLine));
        lines[^1] = SourceLedger.TrimEnd(SourceLedger.Slice(lines[^1], 0, head.Length));
        simple[^1] = head.ToString();
    }

    private const int MinTitleBeforeDate = 6;

    /// <summary>Position of a —— that separates a title from its subtitle on one line, or -1.</summary>
    public static int InlineDash(string line)
    {
        var at = line.IndexOf("——", StringComparison.Ordinal);
        if (at < 0) at = AsciiDoubleDash(line);
        if (at <= 0) return -1;
        var end = DashEnd(line, at);
        if (IsEpisodeName(line.AsSpan(end))) return -1;
        return ChineseText.VisibleLength(line.AsSpan(0, at)) >= 2 && ChineseText.VisibleLength(line.AsSpan(end)) >= 2 ? at : -1;
    }

    private const int MaxEpisodeName = 5;

    // 某某上新记——文明篇: a series headline naming its episode after the dash; the episode is part of the title, no subtitle.
    private static bool IsEpisodeName(ReadOnlySpan<char> tail)
    {
        tail = ChineseText.Trim(tail).TrimEnd("|｜丨 ");
        return tail.Length is >= 2 and <= MaxEpisodeName && tail[^1] == '篇' && HanCharacters.AreAllHan(tail);
    }

    /// <summary>Where the run of dash characters starting at <paramref name="at"/> ends: the subtitle starts there.</summary>
    public static int DashEnd(ReadOnlySpan<char> line, int at)
    {
        var end = at;
        while (end < line.Length && ChineseText.IsDash(line[end])) end++;
        return end;
    }

    // 标题--副标题: plain-text copies print the long dash as two hyphens; only between Chinese text, never inside a
    // code or an address.
    private static int AsciiDoubleDash(string line)
    {
        var at = line.IndexOf("--", StringComparison.Ordinal);
        if (at <= 0 || at + 2 >= line.Length) return -1;
        var before = line[at - 1];
        var after = line[at + 2];
        var closesText = HanCharacters.IsHan(before) || before is '”' or '’' or '》' or '）';
        var opensText = HanCharacters.IsHan(after) || after is '“' or '‘' or '《';
        return closesText && opensText ? at : -1;
    }

    private static readonly string[] SpeechVerbs = ["强调", "指出", "表示"];
    private static readonly string[] AttendanceVerbs = ["参加", "出席", "陪同", "主持"];
    private const int MaxAttendanceLine = 24;

    // 某某在会见全国道德模范时强调: the first of two or more lines introduces the headline as what was said.
    private static bool IsSpeechKicker(List<string> lines) => lines.Count >= 2 && IsSpeechLine(lines[0]);

    public static bool IsSpeechLine(string line) => line.Length >= 6 && SpeechVerbs.Any(v => line.TrimEnd().EndsWith(v, StringComparison.Ordinal));

    // 某某参加会见, 某某出席: who else attended, printed as the subtitle under the headline.
    public static bool IsAttendanceLine(string line) =>
        ChineseText.VisibleLength(line) <= MaxAttendanceLine && AttendanceVerbs.Any(v => line.Contains(v, StringComparison.Ordinal));

    private const int MaxPlaceLine = 12;
    private static readonly string[] UnitEndings = ["省", "市", "县", "区", "旗", "州", "盟", "镇", "乡", "村", "街道", "社区"];

    // 某县某镇 alone over a web headline: an e-paper's 引题 naming where the story is from, the kicker, not the title.
    private static bool IsPlaceLine(string line)
    {
        line = line.Trim();
        return line.Length <= MaxPlaceLine && HanCharacters.AreAllHan(line) && PlaceNameDetector.StartsWithPlace(line) &&
            UnitEndings.Any(e => line.EndsWith(e, StringComparison.Ordinal));
    }

    private static int KickerLineCount(List<string> lines)
    {
        if (lines.Count < 2 || OpensWithPlace(lines[0])) return 0;
        for (var i = 1; i < lines.Count; i++)
            if (OpensWithPlace(lines[i])) return i;
        return 0;
    }

    private static readonly string[] OwnUnits = ["我省", "我市", "我州", "我县", "我区", "我旗", "我镇", "我乡"];

    // A local paper's factual headline opens with its own place as 我县/我市 as often as with the place's name.
    private static bool OpensWithPlace(string line)
    {
        if (PlaceNameDetector.StartsWithPlace(line)) return true;
        var trimmed = line.AsSpan().TrimStart();
        foreach (var unit in OwnUnits)
            if (trimmed.StartsWith(unit, StringComparison.Ordinal)) return true;
        return false;
    }

    public static string StripDashes(string line, List<(string Text, string Reason)> markers)
    {
        var i = 0;
        while (i < line.Length && (ChineseText.IsDash(line[i]) || ChineseText.IsSpace(line[i]))) i++;
        if (i > 0) markers.Add((SourceLedger.Slice(line, 0, i), DiscardReasons.Marker));
        return SourceLedger.Trim(SourceLedger.Slice(line, i));
    }

    /// <summary>Joins broken title lines: no space between Chinese characters, one between Latin words.</summary>
    public static string Join(IReadOnlyList<string> lines)
    {
        if (lines.Count == 1) return SourceLedger.Trim(lines[0]);
        var sb = new SourceLedger.Builder();
        foreach (var raw in lines)
        {
            var line = SourceLedger.Trim(raw);
            if (line.Length == 0) continue;
            if (sb.Length > 0 && char.IsAsciiLetterOrDigit(sb[^1]) && char.IsAsciiLetterOrDigit(line[0])) sb.Append(' ');
            sb.Append(line);
        }
        return sb.ToString();
    }

    /// <summary>
    /// "大同市平城区: 新时代文明实践助力文明创建 薛克": a title with the author after the last space.
    /// Returns the position of the name, or -1.
    /// </summary>
    public static int TrailingAuthorStart(string simple)
    {
        var space = simple.AsSpan().LastIndexOfAny(' ', '\u3000');
        if (space <= 0) return -1;
        var name = simple.AsSpan(space + 1);
        if (name.Length is < 2 or > 3 || !PersonNames.IsNameToken(name) || !PersonNames.StartsWithSurname(name)) return -1;
        return ChineseText.VisibleLength(simple.AsSpan(0, space)) >= 6 ? space + 1 : -1;
    }
}
