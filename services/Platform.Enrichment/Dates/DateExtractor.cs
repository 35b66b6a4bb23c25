using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Enrichment.Dates;

/// <summary>
/// Dates as printed in bulletins: absolute (2020年4月29日, 二〇二〇年四月二十九日, 2019/04/19, 2019-4-19, 2019.9.6,
/// 20240307, 04.03.2016), two-digit years (15年3月2日), partial (3月5日, 6月, 29日上午), relative to the bulletin
/// (本月9日, 上个月15号, 上周三, 昨天, 次日, 去年) and relative words that name no day (近日, 日前, 连日来).
/// Also holidays (2024年春节, 今年国庆, <see cref="ChineseHolidays"/>), lunar dates (农历正月初一, 腊月二十三,
/// <see cref="LunarCalendar"/>), periods with their first and last day (3月上旬, 月底, 2024年底, 上半年, 一季度, 春季,
/// <see cref="DatePeriods"/>) and the time printed after a day (29日上午9时, <see cref="TimeOfDay"/>).
/// Missing parts are inferred by <see cref="DateInference"/>; impossible dates (2月30日, 13月) are kept with a warning.
/// </summary>
public static partial class DateExtractor
{
    private const string S = @"[ \t\u3000]*";
    private const string ChineseDigit = "[〇○零一二三四五六七八九]";
    private const string Month = "(?:[0-9０-９]{1,2}|十[一二三四五六七八九]?|[一二三四五六七八九])";
    private const string Day = "(?:[0-9０-９]{1,2}|[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九])";
    private const string NotInsideNumber = "(?<![0-9０-９〇○零一二三四五六七八九十廿卅百千万第每个几数.])";
    // A day printed alone (29日上午, 30号,) is one that exists in some month; a number after a road or building
    // (绍兴路59号，) is a house number.
    private const string DayOfMonth = "(?:0?[1-9]|[12][0-9]|3[01]|[１-９]|[１-２][０-９]|３[０-１]|[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九])(?![0-9０-９])";
    private const string NotAfterAddress = "(?<![路街巷弄道里村楼栋座室号])";
    private const string MonthDay = $"(?<m>{Month}){S}月(?:{S}(?<d>{Day}){S}[日号])?";
    private const string DayTimeWords = "(?:上午|下午|晚上|晚间|早上|早晨|凌晨|中午|傍晚|夜间|晚|起|至|到|当天|，|,|。|、)";

    // A year printed before a holiday, lunar date or period (2024年春节, 今年一季度): py printed, pyw a year word.
    private const string YearPrefix =
        $"(?:(?<![0-9０-９.〇○零一二三四五六七八九十])(?<py>1[5-9][0-9]{{2}}|2[01][0-9]{{2}}|{ChineseDigit}{{4}}){S}年{S}|(?<pyw>今年|去年|前年|明年|后年|本年){S})";
    private const string LunarMonth = "(?:正|腊|冬|十[一二]?|[一二三四五六七八九])";
    private const string LunarDay = "(?:初[一二三四五六七八九十]|廿[一二三四五六七八九]|二十[一二三四五六七八九]?|三十|十[一二三四五六七八九]?)";
    // 农历八月十五 needs 农历; 正月, 腊月 and 初X days are lunar by themselves.
    private const string Lunar =
        $"(?:农历|阴历){S}(?<lm>闰?{LunarMonth})月(?<ld>{LunarDay})|(?<lm>闰?[正腊冬])月(?<ld>{LunarDay})|(?<lm>闰?{LunarMonth})月(?<ld>初[一二三四五六七八九十])"
        + "|大年(?<ld>初[一二三四五六七八九十])";
    // Short holiday names (国庆, 五一, 十一) only where a holiday word follows: 王国庆 is a name, 十一届 a count.
    private const string Holiday =
        "(?<h>春节|除夕|大年三十|大年夜|元宵佳节|元宵节|龙抬头|清明节|端午节|七夕节|七夕|中元节|中秋节|重阳节|腊八节|元旦"
        + "|五一国际劳动节|五一劳动节|国际劳动节|劳动节|三八国际妇女节|三八妇女节|国际妇女节|妇女节|植树节|五四青年节|青年节|护士节"
        + "|六一国际儿童节|六一儿童节|国际儿童节|儿童节|七一建党节|建党节|八一建军节|建军节|教师节|十一国庆节|国庆节|记者节"
        + "|母亲节|父亲节|圣诞节|国家宪法日|宪法日|国家公祭日|学雷锋纪念日)"
        + "|(?<![0-9０-９〇○零一二三四五六七八九十百千万第每个几.])(?<h>国庆|中秋|端午|元宵|清明|重阳|腊八|五一|十一|七一|八一|三八|五四|六一)"
        + "(?=期间|假期|长假|小长假|黄金周|前夕|前后|当天|当日|之际|到来|来临|佳节|节日|假日|那天|以来|节)";
    // Parts of years (年底) and seasons (春季) count only after their year, and 年底 alone where no number or word before it
    // makes it another phrase (每年年底): the reader checks both, so the year prefix is tried once per position for all forms.
    private const string Period =
        $"{NotInsideNumber}(?<pm>{Month}){S}月份?(?<mp>上旬|中旬|下旬|初(?![一二三四五六七八九十步次])|底|末)"
        + "|(?<rmp>本|上个?|下个?|这个|当)月(?<mp>上旬|中旬|下旬|初|底|末)"
        + "|(?<![0-9０-９〇○零一二三四五六七八九十个岁每正腊冬闰年])(?<rmp>)月(?<mp>初|底|末)(?![一二三四五六七八九十])"
        + $"|(?:年{S})?(?<yp>初(?![一二三四五六七八九十步次心级中期稿衷])|底|末)"
        + "|(?<half>上半年|下半年)"
        + "|(?<![0-9０-９〇○零一二三四五六七八九十])(?:(?<qn>第?[一二三四1-4])|前(?<qf>[二两三2-3]))个?季度"
        + "|(?<season>[春夏秋冬])季(?!奥|运动)";

    /// <summary>Characters before a bare 年底/年初 that make it part of another phrase (每年年底, 多年底蕴).</summary>
    private const string NotBeforeBareYearPart = "0123456789０１２３４５６７８９〇○零一二三四五六七八九十今去前明后本每往历逐当同新周多两几个百年";

    // The pattern is tried only where DateStarts says a date can begin (\G: at that position, not the next
    // one), which reads the same dates as scanning every position, at a fraction of the cost.
    [GeneratedRegex(
        $@"\G(?:{YearPrefix}?(?:{Lunar}|{Holiday}|{Period})"
        + $"|(?<yw>今年|去年|前年|明年|后年){S}{MonthDay}"
        + $"|(?<![0-9０-９.〇○零一二三四五六七八九十])(?<y>1[5-9][0-9]{{2}}|2[01][0-9]{{2}}|{ChineseDigit}{{4}}(?!{ChineseDigit})|[0-9]{{2}}(?={S}年{S}{Month}{S}月)|{ChineseDigit}{{2}}(?={S}年)){S}年(?:{S}{MonthDay})?"
        + @"|(?<![0-9.\-/])(?<ny>(?:19|20)[0-9]{2})(?<sep>[-/.])(?<nm>[0-9]{1,2})\k<sep>(?<nd>[0-9]{1,2})(?![0-9]|\.[0-9])"
        + @"|(?<![0-9.\-/])(?<ea>[0-9]{1,2})(?<esep>[./])(?<eb>[0-9]{1,2})\k<esep>(?<ey>(?:19|20)[0-9]{2})(?![0-9]|\.[0-9])"
        + @"|(?<![0-9A-Za-z.\-/])(?<cy>(?:19|20)[0-9]{2})(?<cm>0[1-9]|1[0-2])(?<cd>0[1-9]|[12][0-9]|3[01])(?![0-9A-Za-z号期])"
        + $"|(?<rm>本月|上个?月|下个?月|这个月|当月){S}(?<d>{Day}){S}[日号]"
        + "|(?<!每)(?<rw>上上周|上周|本周|这周|下周|上星期|本星期|这星期|下星期|上礼拜|下礼拜|周|星期|礼拜)(?<wd>[一二三四五六日天])(?![次个年度末])"
        + $"|{NotInsideNumber}(?<on>[0-9]{{1,3}}|[一二两三四五六七八九十]{{1,3}})(?<ou>天|周|星期|个月|年)(?<od>以前|以后|之前|之后|前|后)(?![天年])"
        + $"|{NotInsideNumber}{MonthDay}(?![亮饼光球])"
        + $"|{NotInsideNumber}{NotAfterAddress}(?<dd>{DayOfMonth}){S}(?:日(?![内以之前后起])|号(?={S}{DayTimeWords}))"
        + "|(?<w>今天|今日|昨天|昨日|前天|明天|明日|后天|当天|当日|次日|翌日|第二天|今年|去年|前年|明年|后年|本年|近日|日前|连日来|近期))")]
    private static partial Regex DateAt();

    /// <summary>
    /// The pattern's groups by number: a group read by name costs a hash lookup of the name each time, and a date
    /// reads up to twenty of them.
    /// </summary>
    private static class Part
    {
        public static readonly int Cd = DateAt().GroupNumberFromName("cd");
        public static readonly int Cm = DateAt().GroupNumberFromName("cm");
        public static readonly int Cy = DateAt().GroupNumberFromName("cy");
        public static readonly int D = DateAt().GroupNumberFromName("d");
        public static readonly int Dd = DateAt().GroupNumberFromName("dd");
        public static readonly int Ea = DateAt().GroupNumberFromName("ea");
        public static readonly int Eb = DateAt().GroupNumberFromName("eb");
        public static readonly int Ey = DateAt().GroupNumberFromName("ey");
        public static readonly int H = DateAt().GroupNumberFromName("h");
        public static readonly int Half = DateAt().GroupNumberFromName("half");
        public static readonly int Ld = DateAt().GroupNumberFromName("ld");
        public static readonly int Lm = DateAt().GroupNumberFromName("lm");
        public static readonly int M = DateAt().GroupNumberFromName("m");
        public static readonly int Mp = DateAt().GroupNumberFromName("mp");
        public static readonly int Nd = DateAt().GroupNumberFromName("nd");
        public static readonly int Nm = DateAt().GroupNumberFromName("nm");
        public static readonly int Ny = DateAt().GroupNumberFromName("ny");
        public static readonly int Od = DateAt().GroupNumberFromName("od");
        public static readonly int On = DateAt().GroupNumberFromName("on");
        public static readonly int Ou = DateAt().GroupNumberFromName("ou");
        public static readonly int Pm = DateAt().GroupNumberFromName("pm");
        public static readonly int Py = DateAt().GroupNumberFromName("py");
        public static readonly int Pyw = DateAt().GroupNumberFromName("pyw");
        public static readonly int Qf = DateAt().GroupNumberFromName("qf");
        public static readonly int Qn = DateAt().GroupNumberFromName("qn");
        public static readonly int Rm = DateAt().GroupNumberFromName("rm");
        public static readonly int Rmp = DateAt().GroupNumberFromName("rmp");
        public static readonly int Rw = DateAt().GroupNumberFromName("rw");
        public static readonly int Season = DateAt().GroupNumberFromName("season");
        public static readonly int W = DateAt().GroupNumberFromName("w");
        public static readonly int Wd = DateAt().GroupNumberFromName("wd");
        public static readonly int Y = DateAt().GroupNumberFromName("y");
        public static readonly int Yp = DateAt().GroupNumberFromName("yp");
        public static readonly int Yw = DateAt().GroupNumberFromName("yw");
    }

    /// <param name="text">Article text.</param>
    /// <param name="bulletinDate">The bulletin's date (masthead date, else the day it was received), if known.</param>
    /// <param name="bulletinYear">The parser's estimate of the publication year, if any.</param>
    public static IReadOnlyList<DateMention> Extract(string text, DateOnly? bulletinDate, int? bulletinYear)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = AnchoredPattern.Matches(DateAt(), text, DateStarts.Next);
        var reader = new Reader(text, bulletinDate, bulletinYear ?? bulletinDate?.Year, PrintedYears(matches));
        var result = new List<DateMention>(matches.Count);
        foreach (var m in matches)
        {
            if (reader.Read(m) is { } mention) result.Add(mention);
        }
        return result;
    }

    /// <summary>
    /// The date the article reports on: its first day-precise date, else the bulletin date. A holiday followed in the
    /// same sentence of <paramref name="text"/> by a printed day (在中秋节来临之际,9月26日) gives way to that day: the
    /// holiday only frames the event.
    /// </summary>
    public static DateOnly? ReportedDate(IReadOnlyList<DateMention> dates, DateOnly? bulletinDate, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(dates);
        var days = dates.Where(d => d.Precision == "day" && d.Value is not null).ToList();
        var first = days.FirstOrDefault();
        if (first is not null && text is not null && ChineseHolidays.IsHoliday(first.Text))
            first = days.Skip(1).FirstOrDefault(d => !ChineseHolidays.IsHoliday(d.Text) && SameSentence(text, first.Offset, d.Offset)) ?? first;
        return first is not null ? DateOnly.ParseExact(first.Value!, "yyyy-MM-dd", CultureInfo.InvariantCulture) : bulletinDate;
    }

    private static bool SameSentence(string text, int from, int to) =>
        to <= text.Length && text.AsSpan(from, to - from).IndexOfAny(SentenceEnds) < 0;

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。！？!?\n");

    // (offset, year) of every full year printed, for partial dates in articles whose bulletin has no date.
    private static List<(int Offset, int Year)> PrintedYears(List<Match> matches)
    {
        var years = new List<(int, int)>();
        foreach (var m in matches)
        {
            if (m.Groups[Part.Y].Success && Number(m.Groups[Part.Y].Value) is { } y && m.Groups[Part.Y].Length == 4) years.Add((m.Index, y));
            else if (m.Groups[Part.Py].Success && Number(m.Groups[Part.Py].Value) is { } py) years.Add((m.Index, py));
            else if (m.Groups[Part.Ny].Success) years.Add((m.Index, Number(m.Groups[Part.Ny].Value)!.Value));
        }
        return years;
    }

    private static int? Number(string text)
    {
        if (ChineseNumerals.Parse(text) is not { } value || value is < 0 or > 9999 || value != Math.Floor(value)) return null;
        return (int)value;
    }

    /// <summary>Reads the matches of one text in order, remembering the last day printed (for 次日, 当天 and 5日至7日).</summary>
    private sealed class Reader(string text, DateOnly? anchor, int? anchorYear, List<(int Offset, int Year)> printedYears)
    {
        private DateOnly? _lastDay;
        private int _lastEnd = -1;
        private int _lastYear;
        private int _lastMonth;

        public DateMention? Read(Match m)
        {
            var mention = Interpret(m);
            if (mention is { Value: { Length: 10 } value, Precision: "day" })
            {
                var day = DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                _lastDay = day;
                (_lastYear, _lastMonth) = (day.Year, day.Month);
                _lastEnd = m.Index + m.Length;
                if (TimeOfDay.At(text, _lastEnd) is { } time) mention = mention with { Time = time };
            }
            else if (mention is { Value: { Length: 7 } month, Precision: "month" })
            {
                // 2024年3月至5月: the month after a range joint takes this one's year.
                (_lastYear, _lastMonth) = (int.Parse(month[..4], CultureInfo.InvariantCulture), int.Parse(month[5..], CultureInfo.InvariantCulture));
                _lastEnd = m.Index + m.Length;
            }
            return mention;
        }

        private DateMention? Interpret(Match m)
        {
            var g = m.Groups;
            if (g[Part.Ld].Success) return LunarDate(m);
            if (g[Part.H].Success) return HolidayDate(m);
            if (g[Part.Mp].Success) return MonthPart(m);
            if (g[Part.Yp].Success || g[Part.Half].Success || g[Part.Qn].Success || g[Part.Qf].Success || g[Part.Season].Success)
                return NeedsItsYear(m) ? null : YearPeriod(m);
            if (g[Part.W].Success) return Word(m);
            if (g[Part.Ny].Success) return Dated(m, Printed(g[Part.Ny]), Printed(g[Part.Nm]), Printed(g[Part.Nd]), inferred: false, anchorText: null);
            if (g[Part.Cy].Success) return Dated(m, Printed(g[Part.Cy]), Printed(g[Part.Cm]), Printed(g[Part.Cd]), inferred: false, anchorText: null);
            if (g[Part.Ey].Success) return European(m);
            if (g[Part.Rw].Success) return Week(m);
            if (g[Part.On].Success) return Offset(m);
            if (g[Part.Rm].Success) return RelativeMonth(m);
            if (g[Part.Yw].Success) return YearWordDate(m);
            if (g[Part.Y].Success) return PrintedYear(m);
            if (g[Part.Dd].Success) return DayOnly(m);
            return Partial(m);
        }

        // A printed part's value: 0 when not printed, -1 when printed but no number (0月).
        private static int Printed(Group group) => !group.Success ? 0 : Number(group.Value) is { } n and > 0 ? n : -1;

        private DateMention? PrintedYear(Match m)
        {
            var g = m.Groups;
            if (Number(g[Part.Y].Value) is not { } year) return null;
            // 五六年 and 三四年 are "five or six years", not 1956: consecutive Chinese digits with no month are a count.
            if (g[Part.Y].Length == 2 && !g[Part.M].Success && ChineseNumerals.DigitValue(g[Part.Y].Value[1]) == ChineseNumerals.DigitValue(g[Part.Y].Value[0]) + 1)
                return null;
            if (g[Part.Y].Length == 2) year = DateInference.ExpandTwoDigitYear(year, anchorYear);
            return Dated(m, year, Printed(g[Part.M]), Printed(g[Part.D]), inferred: false, anchorText: null);
        }

        // 04.03.2016 is day-first unless one part cannot be a month: 04.13.2016 is April 13th.
        private DateMention? European(Match m)
        {
            var a = Printed(m.Groups[Part.Ea]);
            var b = Printed(m.Groups[Part.Eb]);
            var year = Printed(m.Groups[Part.Ey]);
            var (day, month) = b > 12 && a <= 12 ? (b, a) : (a, b);
            return Dated(m, year, month, day, inferred: false, anchorText: null);
        }

        private DateMention? YearWordDate(Match m)
        {
            if (anchorYear is not { } year) return Unresolved(m, "day");
            year += YearWordOffset(m.Groups[Part.Yw].Value);
            return Dated(m, year, Printed(m.Groups[Part.M]), Printed(m.Groups[Part.D]), inferred: true, AnchorText());
        }

        private DateMention? Partial(Match m)
        {
            var month = Printed(m.Groups[Part.M]);
            var hasDay = m.Groups[Part.D].Success;
            var day = Printed(m.Groups[Part.D]);
            if (month is < 1 or > 12) return Invalid(m, hasDay ? "day" : "month", $"{m.Value} has no month {m.Groups[Part.M].Value}");
            if (AfterRangeJoint(m) && _lastYear > 0)
                return Dated(m, month < _lastMonth ? _lastYear + 1 : _lastYear, month, day, inferred: true, Year(_lastYear));
            int year;
            string anchorText;
            if (anchor is { } a)
            {
                year = hasDay && day is >= 1 and <= 31 ? DateInference.YearOf(month, day, a) : DateInference.YearOf(month, a);
                anchorText = Iso(a);
            }
            else if ((anchorYear ?? YearPrintedBefore(m.Index)) is { } known)
            {
                year = known;
                anchorText = Year(known);
            }
            else return Unresolved(m, hasDay ? "day" : "month");
            return Dated(m, year, month, day, inferred: true, anchorText);
        }

        // 29日上午 belongs to the bulletin's month; 7日 in 3月5日至7日 to the month printed just before.
        private DateMention? DayOnly(Match m)
        {
            var dayText = m.Groups[Part.Dd].Value;
            if (dayText.Length == 1 && !char.IsAsciiDigit(dayText[0]) && !FollowedByTimeOfDay(m)) return null; // 一日三餐
            if (EveryMonth(m.Index)) return null; // 每月的5号 recurs: no date
            var day = Printed(m.Groups[Part.Dd]);
            if (AfterRangeJoint(m))
                return Dated(m, _lastYear, _lastMonth, day, inferred: true, $"{Year(_lastYear)}-{_lastMonth:00}");
            if (anchor is not { } a) return Unresolved(m, "day");
            return Dated(m, a.Year, a.Month, day, inferred: true, Iso(a));
        }

        private bool EveryMonth(int start)
        {
            var before = text.AsSpan(0, start).TrimEnd();
            if (before.EndsWith("的", StringComparison.Ordinal)) before = before[..^1];
            return before.EndsWith("每月", StringComparison.Ordinal) || before.EndsWith("每个月", StringComparison.Ordinal);
        }

        // 三天前, 两周后, 3个月前, 五年后: a distance from the bulletin's day.
        private DateMention? Offset(Match m)
        {
            var unit = m.Groups[Part.Ou].Value;
            if (anchor is not { } a) return Unresolved(m, unit switch { "个月" => "month", "年" => "year", _ => "day" });
            var n = Printed(m.Groups[Part.On]);
            if (n <= 0) return null;
            if (m.Groups[Part.Od].Value.Contains('前', StringComparison.Ordinal)) n = -n;
            var anchorText = Iso(a);
            return unit switch
            {
                "天" => Day(m, a.AddDays(n), a),
                "周" or "星期" => Day(m, a.AddDays(7 * n), a),
                "个月" => Dated(m, a.AddMonths(n).Year, a.AddMonths(n).Month, 0, inferred: true, anchorText),
                _ => Dated(m, a.Year + n, 0, 0, inferred: true, anchorText),
            };
        }

        private DateMention? RelativeMonth(Match m)
        {
            if (anchor is not { } a) return Unresolved(m, "day");
            var word = m.Groups[Part.Rm].Value;
            var month = a.AddMonths(word.StartsWith('上') ? -1 : word.StartsWith('下') ? 1 : 0);
            return Dated(m, month.Year, month.Month, Printed(m.Groups[Part.D]), inferred: true, Iso(a));
        }

        private DateMention? Week(Match m)
        {
            if (anchor is not { } a) return Unresolved(m, "day");
            var word = m.Groups[Part.Rw].Value;
            var weeks = word switch
            {
                "上上周" => -2,
                _ when word.StartsWith('上') => -1,
                _ when word.StartsWith('下') => 1,
                _ => 0,
            };
            var dayOfWeek = m.Groups[Part.Wd].Value is "日" or "天" ? 7 : (int)ChineseNumerals.Parse(m.Groups[Part.Wd].Value)!.Value;
            return Day(m, DateInference.Weekday(a, weeks, dayOfWeek), a);
        }

        private DateMention Word(Match m)
        {
            var word = m.Value;
            switch (word)
            {
                case "近日" or "日前" or "连日来" or "近期":
                    return new DateMention(word, null, "relative", false, m.Index);
                case "今年" or "去年" or "前年" or "明年" or "后年" or "本年":
                    return anchorYear is { } y
                        ? new DateMention(word, Year(y + YearWordOffset(word)), "year", true, m.Index, anchor is { } ad ? Iso(ad) : Year(y))
                        : Unresolved(m, "year");
            }
            // 当天 and 次日 follow the day printed last; 昨天 and 明天 the bulletin's day.
            var follows = word is "当天" or "当日" or "次日" or "翌日" or "第二天";
            if ((follows ? _lastDay ?? anchor : anchor) is not { } basis) return Unresolved(m, "day");
            var offset = word switch
            {
                "昨天" or "昨日" => -1,
                "前天" => -2,
                "明天" or "明日" or "次日" or "翌日" or "第二天" => 1,
                "后天" => 2,
                _ => 0,
            };
            return Day(m, basis.AddDays(offset), basis);
        }

        private static int YearWordOffset(string word) => word switch
        {
            "去年" => -1,
            "前年" => -2,
            "明年" => 1,
            "后年" => 2,
            _ => 0,
        };

        private bool FollowedByTimeOfDay(Match m)
        {
            var end = m.Index + m.Length;
            return end < text.Length && "上下晚早凌中傍夜起至到".Contains(text[end], StringComparison.Ordinal);
        }

        // 春季 and 底 alone are no date; 年底 without a year only where it starts a phrase (每年年底 is every year's).
        private bool NeedsItsYear(Match m)
        {
            var g = m.Groups;
            if (g[Part.Py].Success || g[Part.Pyw].Success) return false;
            if (g[Part.Season].Success) return true;
            return g[Part.Yp].Success && (!m.Value.StartsWith('年') || (m.Index > 0 && NotBeforeBareYearPart.Contains(text[m.Index - 1], StringComparison.Ordinal)));
        }

        private bool AfterRangeJoint(Match m) => _lastEnd >= 0 && m.Index - _lastEnd is >= 0 and <= 2 && IsRangeJoint(_lastEnd, m.Index);

        // The year a holiday, lunar date or period names: printed (2024年), a year word (今年), or none (0).
        private (int Year, bool Inferred, bool Known) PrefixYear(Match m)
        {
            var g = m.Groups;
            if (g[Part.Py].Success) return Number(g[Part.Py].Value) is { } y ? (y, false, true) : (0, false, false);
            if (!g[Part.Pyw].Success) return (0, false, true);
            return anchorYear is { } year ? (year + YearWordOffset(g[Part.Pyw].Value), true, true) : (0, true, false);
        }

        // A day that a calendar rule gives for a year: in the printed year, else the one nearest the bulletin's date.
        private DateMention? CalendarDay(Match m, Func<int, DateOnly?> dayIn, string what)
        {
            var (year, inferred, known) = PrefixYear(m);
            if (!known) return Unresolved(m, "day");
            string? anchorText = inferred ? AnchorText() : null;
            if (year == 0)
            {
                inferred = true;
                if (anchor is { } a && DateInference.YearOf(dayIn, a) is { } y) (year, anchorText) = (y, Iso(a));
                else if (anchorYear is { } ay) (year, anchorText) = (ay, Year(ay));
                else return Unresolved(m, "day");
            }
            return dayIn(year) is { } day
                ? new DateMention(m.Value, Iso(day), "day", inferred, m.Index, inferred ? anchorText : null)
                : Invalid(m, "day", $"{m.Value}: no {what} in {Year(year)}");
        }

        private DateMention? HolidayDate(Match m)
        {
            var name = m.Groups[Part.H].Value;
            return CalendarDay(m, y => ChineseHolidays.DayIn(name, y), name);
        }

        private DateMention? LunarDate(Match m)
        {
            var monthText = m.Groups[Part.Lm].Value;
            var leap = monthText.StartsWith('闰');
            var month = monthText.TrimStart('闰') switch
            {
                "" or "正" => 1,
                "冬" => 11,
                "腊" => 12,
                var n => Number(n) ?? 0,
            };
            var dayText = m.Groups[Part.Ld].Value;
            var day = Number(dayText.TrimStart('初')) ?? 0;
            // The 12th month closes the lunar year that began in the previous Gregorian year: 2024年腊月 is January 2024's.
            var shift = month == 12 ? 1 : 0;
            return CalendarDay(m, y => LunarCalendar.ToGregorian(y - shift, month, day, leap), "lunar " + monthText + "月" + dayText);
        }

        // 3月上旬, 4月底, 本月底, 月初: a third of a month.
        private DateMention? MonthPart(Match m)
        {
            var g = m.Groups;
            var part = g[Part.Mp].Value switch { "上旬" or "初" => 1, "中旬" => 2, _ => 3 };
            int year, month;
            var inferred = true;
            string? anchorText;
            if (g[Part.Pm].Success)
            {
                month = Printed(g[Part.Pm]);
                if (month is < 1 or > 12) return Invalid(m, "ten-days", $"{m.Value} has no month {g[Part.Pm].Value}");
                var (printed, yearInferred, known) = PrefixYear(m);
                if (!known) return Unresolved(m, "ten-days");
                if (printed > 0) (year, inferred, anchorText) = (printed, yearInferred, yearInferred ? AnchorText() : null);
                else if (anchor is { } a) (year, anchorText) = (DateInference.YearOf(month, a), Iso(a));
                else if ((anchorYear ?? YearPrintedBefore(m.Index)) is { } known2) (year, anchorText) = (known2, Year(known2));
                else return Unresolved(m, "ten-days");
            }
            else
            {
                if (anchor is not { } a) return Unresolved(m, "ten-days");
                var word = g[Part.Rmp].Value;
                var first = new DateOnly(a.Year, a.Month, 1).AddMonths(word.StartsWith('上') ? -1 : word.StartsWith('下') ? 1 : 0);
                (year, month, anchorText) = (first.Year, first.Month, Iso(a));
            }
            if (year is < 1 or > 9999) return Invalid(m, "ten-days", $"{m.Value} has no year");
            var (start, end) = DatePeriods.TenDays(year, month, part);
            return Period(m, $"{Year(year)}-{month:00}", "ten-days", inferred, anchorText, start, end);
        }

        // 2024年底, 今年年初, 上半年, 一季度, 前三季度, 2024年春季: a part of a year.
        private DateMention? YearPeriod(Match m)
        {
            var g = m.Groups;
            var precision = g[Part.Yp].Success ? "period" : g[Part.Half].Success ? "half-year" : g[Part.Season].Success ? "season" : "quarter";
            var (year, inferred, known) = PrefixYear(m);
            if (!known) return Unresolved(m, precision);
            var anchorText = inferred ? AnchorText() : null;
            if (year == 0)
            {
                if ((anchorYear ?? anchor?.Year) is not { } y) return Unresolved(m, precision);
                (year, inferred, anchorText) = (y, true, AnchorText());
            }
            if (year is < 1 or > 9998) return Invalid(m, precision, $"{m.Value} has no year");
            var quarter = Math.Clamp(Number(g[Part.Qn].Success ? g[Part.Qn].Value.TrimStart('第') : g[Part.Qf].Value.Replace('两', '二')) ?? 1, 1, 4);
            var (start, end) = precision switch
            {
                "period" => DatePeriods.PartOfYear(year, g[Part.Yp].Value[0]),
                "half-year" => DatePeriods.HalfYear(year, g[Part.Half].Value[0] == '上' ? 1 : 2),
                "season" => DatePeriods.Season(year, g[Part.Season].Value[0]),
                _ => DatePeriods.Quarters(year, g[Part.Qf].Success ? 1 : quarter, quarter),
            };
            return Period(m, Year(year), precision, inferred, anchorText, start, end);
        }

        private static DateMention Period(Match m, string value, string precision, bool inferred, string? anchorText, DateOnly start, DateOnly end) =>
            new(m.Value, value, precision, inferred, m.Index, inferred ? anchorText : null, null, Iso(start), Iso(end));

        private bool IsRangeJoint(int from, int to)
        {
            for (var i = from; i < to; i++)
                if (!"至到-—~～、和及".Contains(text[i], StringComparison.Ordinal)) return false;
            return true;
        }

        private int? YearPrintedBefore(int offset)
        {
            int? year = null;
            foreach (var (at, y) in printedYears)
            {
                if (at >= offset) break;
                year = y;
            }
            return year ?? (printedYears.Count > 0 ? printedYears.Max(p => p.Year) : null);
        }

        private string? AnchorText() => anchor is { } a ? Iso(a) : anchorYear is { } y ? Year(y) : null;

        private static DateMention Day(Match m, DateOnly day, DateOnly basis) =>
            new(m.Value, Iso(day), "day", true, m.Index, Iso(basis));

        private static DateMention Unresolved(Match m, string precision) => new(m.Value, null, precision, false, m.Index);

        private static DateMention Invalid(Match m, string precision, string why) => new(m.Value, null, precision, false, m.Index, null, why);

        private static DateMention Dated(Match m, int year, int month, int day, bool inferred, string? anchorText)
        {
            var precision = month == 0 ? "year" : day == 0 ? "month" : "day";
            if (year is < 1 or > 9999) return Invalid(m, precision, $"{m.Value} has no year");
            if (month is < 0 or > 12 || (month == 0 && day != 0)) return Invalid(m, precision, $"{m.Value} has no month {month}");
            if (day < 0) return Invalid(m, precision, $"{m.Value} has no day 0");
            if (day > 0 && day > DateTime.DaysInMonth(year, month))
                return Invalid(m, precision, $"{m.Value} does not exist: {Year(year)}-{month:00} has {DateTime.DaysInMonth(year, month)} days");
            var value = precision switch
            {
                "year" => Year(year),
                "month" => $"{Year(year)}-{month:00}",
                _ => $"{Year(year)}-{month:00}-{day:00}",
            };
            return new DateMention(m.Value, value, precision, inferred, m.Index, inferred ? anchorText : null);
        }

        private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private static string Year(int year) => year.ToString("0000", CultureInfo.InvariantCulture);
    }
}
