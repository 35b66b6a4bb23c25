using System.Globalization;
using Platform.Evaluation;

namespace Platform.Cli;

/// <summary>The human form of an evaluation: a line per document (the reference scorer's layout), optionally its misses, then the totals.</summary>
public static class EvalReportText
{
    public static IEnumerable<string> Lines(EvaluationReport report, bool showMisses)
    {
        foreach (var d in report.Documents)
        {
            var masthead = d.Masthead is { } m ? $" masthead {m.Correct}/{m.Total}" : "";
            var source = d.File is null ? "  [no file]" : d.Error is null ? "" : $"  [{d.Error}]";
            yield return $"{d.N}: items {d.Items.Matched}/{d.Items.Gold} (pred {d.Items.Predicted}, P {F(d.Items.Precision)} R {F(d.Items.Recall)}) "
                + $"title {Count(d.Title)} authors {Count(d.Authors)} org {Count(d.Organization)} region {Count(d.Region)}{masthead}{source}";
            if (!showMisses) continue;
            foreach (var miss in d.Misses) yield return "    miss: " + Describe(miss);
        }
        yield return $"overall ({report.DocumentsWithOutput}/{report.Documents.Count} documents with output, {report.Items.Gold} gold items, "
            + $"{report.Items.Predicted} predicted): F1 {F(report.Items.F1)} (R {F(report.Items.Recall)} P {F(report.Items.Precision)}) "
            + $"title {Rate(report.Title)} authors {Rate(report.Authors)} org {Rate(report.Organization)} region {Rate(report.Region)}";
    }

    private static string Describe(Miss miss) => miss.Kind switch
    {
        "missed" => $"missed {miss.Expected}",
        "extra" => $"extra {miss.Got} '{miss.Item}'",
        _ => $"{miss.Kind} of '{miss.Item}': expected '{miss.Expected}', got '{miss.Got}'",
    };

    private static string Count(FieldScore score) => $"{score.Correct}/{score.Total}";

    private static string Rate(FieldScore score) => score.Accuracy is { } accuracy ? F(accuracy) : "n/a";

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
