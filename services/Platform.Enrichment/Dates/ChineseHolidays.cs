namespace Platform.Enrichment.Dates;

/// <summary>
/// The day a holiday falls on in a Gregorian year: fixed days (国庆节 10-01), lunar ones (春节, 中秋节), 清明 (a solar
/// term) and weekday rules (母亲节: second Sunday of May). 除夕 and the 12th-month holidays (腊八节) are the ones that
/// fall in that Gregorian year, so 2024年除夕 is 2024-02-09. A qualifier after the name (国庆期间, 春节前后, 中秋节前夕) is
/// not read: the mention is the holiday's day, its text the name, and the qualifier stays in the article for readers.
/// </summary>
public static class ChineseHolidays
{
    private enum Rule { Fixed, Lunar, LunarLastMonth, Eve, Qingming, NthSunday }

    private readonly record struct Holiday(Rule Rule, int Month, int Day);

    private static readonly Dictionary<string, Holiday> ByName = Build();

    /// <summary>True for every name (and its short form) <see cref="DayIn"/> knows.</summary>
    public static bool IsHoliday(string name) => ByName.ContainsKey(name);

    /// <summary>The day of <paramref name="name"/> in Gregorian <paramref name="year"/>, or null when unknown or out of range.</summary>
    public static DateOnly? DayIn(string name, int year)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!ByName.TryGetValue(name, out var h) || year is < 1902 or > 2099) return null;
        return h.Rule switch
        {
            Rule.Fixed => new DateOnly(year, h.Month, h.Day),
            Rule.Lunar => LunarCalendar.ToGregorian(year, h.Month, h.Day),
            Rule.LunarLastMonth => LunarCalendar.ToGregorian(year - 1, h.Month, h.Day),
            Rule.Eve => LunarCalendar.NewYearsEve(year),
            Rule.Qingming => new DateOnly(year, 4, QingmingDay(year)),
            _ => NthSunday(year, h.Month, h.Day),
        };
    }

    // The usual formula for the day of 清明 (sun at 15° longitude) in April: floor(Y·0.2422 + C) − floor(Y/4),
    // Y the year within its century, C 5.59 in the 20th century and 4.81 in the 21st.
    private static int QingmingDay(int year)
    {
        var y = year % 100;
        var c = year <= 2000 ? 5.59 : 4.81;
        if (year == 2000) y = 100;
        return (int)Math.Floor(y * 0.2422 + c) - y / 4;
    }

    private static DateOnly NthSunday(int year, int month, int n)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((7 - (int)first.DayOfWeek) % 7) + 7 * (n - 1));
    }

    private static Dictionary<string, Holiday> Build()
    {
        var table = new Dictionary<string, Holiday>(StringComparer.Ordinal);
        void Add(Holiday h, params string[] names)
        {
            foreach (var name in names) table[name] = h;
        }
        Add(new(Rule.Fixed, 1, 1), "元旦");
        Add(new(Rule.Fixed, 3, 5), "学雷锋纪念日");
        Add(new(Rule.Fixed, 3, 8), "三八国际妇女节", "三八妇女节", "国际妇女节", "妇女节", "三八");
        Add(new(Rule.Fixed, 3, 12), "植树节");
        Add(new(Rule.Fixed, 5, 1), "五一国际劳动节", "五一劳动节", "国际劳动节", "劳动节", "五一");
        Add(new(Rule.Fixed, 5, 4), "五四青年节", "青年节", "五四");
        Add(new(Rule.Fixed, 5, 12), "护士节");
        Add(new(Rule.Fixed, 6, 1), "六一国际儿童节", "六一儿童节", "国际儿童节", "儿童节", "六一");
        Add(new(Rule.Fixed, 7, 1), "七一建党节", "建党节", "七一");
        Add(new(Rule.Fixed, 8, 1), "八一建军节", "建军节", "八一");
        Add(new(Rule.Fixed, 9, 10), "教师节");
        Add(new(Rule.Fixed, 10, 1), "十一国庆节", "国庆节", "国庆", "十一");
        Add(new(Rule.Fixed, 11, 8), "记者节");
        Add(new(Rule.Fixed, 12, 4), "国家宪法日", "宪法日");
        Add(new(Rule.Fixed, 12, 13), "国家公祭日");
        Add(new(Rule.Fixed, 12, 25), "圣诞节");
        Add(new(Rule.NthSunday, 5, 2), "母亲节");
        Add(new(Rule.NthSunday, 6, 3), "父亲节");
        Add(new(Rule.Qingming, 4, 0), "清明节", "清明");
        Add(new(Rule.Eve, 0, 0), "除夕", "大年三十", "大年夜");
        Add(new(Rule.Lunar, 1, 1), "春节");
        Add(new(Rule.Lunar, 1, 15), "元宵节", "元宵佳节", "元宵");
        Add(new(Rule.Lunar, 2, 2), "龙抬头");
        Add(new(Rule.Lunar, 5, 5), "端午节", "端午");
        Add(new(Rule.Lunar, 7, 7), "七夕节", "七夕");
        Add(new(Rule.Lunar, 7, 15), "中元节");
        Add(new(Rule.Lunar, 8, 15), "中秋节", "中秋");
        Add(new(Rule.Lunar, 9, 9), "重阳节", "重阳");
        Add(new(Rule.LunarLastMonth, 12, 8), "腊八节", "腊八");
        return table;
    }
}
