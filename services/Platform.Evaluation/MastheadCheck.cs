using System.Text.RegularExpressions;

namespace Platform.Evaluation;

/// <summary>
/// Counts the gold masthead fields (and the record's date) the bulletin's masthead has right. Values compare in
/// comparison form with converter pinyin such as 創(chuàng) removed, because broken simplified→traditional converters
/// leave it in issue facts too.
/// </summary>
public static partial class MastheadCheck
{
    public static FieldScore Score(GoldRecord gold, IReadOnlyDictionary<string, string> masthead)
    {
        var wanted = new Dictionary<string, string?>(gold.Masthead!, StringComparer.Ordinal) { ["date"] = gold.Date };
        var checkedFields = wanted.Where(field => field.Value is not null).ToArray();
        var correct = checkedFields.Count(field => Comparable(masthead.GetValueOrDefault(field.Key, "")) == Comparable(field.Value!));
        return new FieldScore(correct, checkedFields.Length);
    }

    public static string Comparable(string value) => ComparisonText.Normalize(ConverterPinyin().Replace(value, ""));

    [GeneratedRegex(@"\([a-z\u00e0-\u00fc\u0101-\u01dc]+\)")]
    private static partial Regex ConverterPinyin();
}
