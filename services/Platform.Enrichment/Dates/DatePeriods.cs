namespace Platform.Enrichment.Dates;

/// <summary>
/// The first and last day of the periods bulletins name instead of days. 上旬/月初 are days 1–10, 中旬/月中 11–20,
/// 下旬/月底/月末 21 to the month's end; 年初 is January and February, 年底/年末 December; seasons are meteorological
/// (春 March–May … 冬 December to February of the next year).
/// </summary>
public static class DatePeriods
{
    /// <summary>Part 1, 2 or 3 of a month (上旬, 中旬, 下旬).</summary>
    public static (DateOnly Start, DateOnly End) TenDays(int year, int month, int part)
    {
        var start = new DateOnly(year, month, 1 + 10 * (part - 1));
        return (start, part == 3 ? new DateOnly(year, month, DateTime.DaysInMonth(year, month)) : start.AddDays(9));
    }

    /// <summary>Quarters <paramref name="first"/> to <paramref name="last"/> (一季度: 1 to 1; 前三季度: 1 to 3).</summary>
    public static (DateOnly Start, DateOnly End) Quarters(int year, int first, int last) =>
        (new DateOnly(year, 3 * first - 2, 1), new DateOnly(year, 3 * last, 1).AddMonths(1).AddDays(-1));

    /// <summary>Half 1 (上半年) or 2 (下半年).</summary>
    public static (DateOnly Start, DateOnly End) HalfYear(int year, int half) => Quarters(year, 2 * half - 1, 2 * half);

    /// <summary>春, 夏, 秋 or 冬 of <paramref name="year"/>.</summary>
    public static (DateOnly Start, DateOnly End) Season(int year, char season)
    {
        var month = season switch { '春' => 3, '夏' => 6, '秋' => 9, _ => 12 };
        var start = new DateOnly(year, month, 1);
        return (start, start.AddMonths(3).AddDays(-1));
    }

    /// <summary>年初 (初) or 年底/年末 (底, 末).</summary>
    public static (DateOnly Start, DateOnly End) PartOfYear(int year, char part) =>
        part == '初' ? (new DateOnly(year, 1, 1), new DateOnly(year, 3, 1).AddDays(-1)) : (new DateOnly(year, 12, 1), new DateOnly(year, 12, 31));
}
