namespace Platform.Evaluation;

/// <summary>
/// How close a predicted title is to a gold title: the best <see cref="SequenceMatcher"/> ratio between any accepted
/// gold form (kicker + title, or an <c>accept.title</c> form) and any predicted form (title, kicker + title,
/// title + subtitle), all in comparison form — so a kicker or subtitle split differently still matches.
/// </summary>
public static class TitleSimilarity
{
    public const double MatchThreshold = 0.6;

    public static double Of(GoldItem gold, PredictedItem predicted)
    {
        var candidates = PredictedForms(predicted).Where(form => form.Length > 0).ToArray();
        if (candidates.Length == 0) return 0.0;
        return GoldForms(gold).SelectMany(_ => candidates, SequenceMatcher.Ratio).DefaultIfEmpty(0.0).Max();
    }

    /// <summary>The gold's full title (kicker + title) and its accepted alternatives, in comparison form.</summary>
    public static IEnumerable<string> GoldForms(GoldItem gold) =>
        new[] { (gold.Kicker ?? "") + (gold.Title ?? "") }.Concat(gold.Accept.Titles)
            .Where(form => form.Length > 0)
            .Select(ComparisonText.Normalize);

    public static IEnumerable<string> PredictedForms(PredictedItem predicted) =>
    [
        ComparisonText.Normalize(predicted.Title),
        ComparisonText.Normalize(predicted.Kicker + predicted.Title),
        ComparisonText.Normalize(predicted.Title + predicted.Subtitle),
    ];
}
