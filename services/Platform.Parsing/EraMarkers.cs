namespace Platform.Parsing;

/// <summary>
/// Phrases that date a text when no year is printed: national campaigns and congresses whose year is known.
/// The estimate is the latest year among the phrases found, since a text quotes past campaigns but not future ones.
/// </summary>
internal static class EraMarkers
{
    private static readonly (string Phrase, int Year)[] Markers =
    [
        ("喜迎党的十八大", 2012), ("喜迎十八大", 2012),
        ("喜迎党的十九大", 2017), ("喜迎十九大", 2017), ("党的十九大以来", 2018), ("学习贯彻党的十九大", 2018),
        ("喜迎党的二十大", 2022), ("喜迎二十大", 2022), ("党的二十大以来", 2023), ("学习贯彻党的二十大", 2023),
        ("建党100周年", 2021), ("建党一百周年", 2021), ("党史学习教育", 2021), ("学党史、悟思想、办实事、开新局", 2021),
        ("新中国成立70周年", 2019), ("新中国成立七十周年", 2019), ("改革开放40周年", 2018),
        ("新冠肺炎疫情防控", 2020), ("抗击新冠肺炎疫情", 2020),
    ];

    public static int? Estimate(string text, int latestPlausible)
    {
        int? best = null;
        foreach (var (phrase, year) in Markers)
        {
            if (year <= latestPlausible && (best is null || year > best) && text.Contains(phrase, StringComparison.Ordinal)) best = year;
        }
        return best;
    }
}
