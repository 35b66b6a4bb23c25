namespace Platform.Evaluation;

/// <summary>The per-field checks of one predicted item against one gold item.</summary>
public static class ItemChecks
{
    /// <summary>
    /// Exact title: title and kicker both equal (and the subtitle, where the gold has one), or the predicted title or
    /// kicker + title equal to the gold kicker + title or to an accepted form — a kicker folded into the title is right.
    /// </summary>
    public static bool TitleExact(GoldItem gold, PredictedItem predicted)
    {
        var subtitleOk = string.IsNullOrEmpty(gold.Subtitle) || ComparisonText.Normalize(predicted.Subtitle) == ComparisonText.Normalize(gold.Subtitle);
        var strict = ComparisonText.Normalize(predicted.Title) == ComparisonText.Normalize(gold.Title)
            && ComparisonText.Normalize(predicted.Kicker) == ComparisonText.Normalize(gold.Kicker);
        string[] predictedFull = [ComparisonText.Normalize(predicted.Title), ComparisonText.Normalize(predicted.Kicker + predicted.Title)];
        var loose = TitleSimilarity.GoldForms(gold).Any(predictedFull.Contains);
        return subtitleOk && (strict || loose);
    }

    /// <summary>The gold author list and its accepted alternatives, in comparison form.</summary>
    public static IEnumerable<IReadOnlyList<string>> AuthorSets(GoldItem gold) =>
        new[] { gold.Authors ?? [] }.Concat(gold.Accept.AuthorSets)
            .Select(set => (IReadOnlyList<string>)set.Select(ComparisonText.Normalize).ToArray());

    /// <summary>The predicted authors equal one accepted author list, as a multiset (order is free, [] must be empty).</summary>
    public static bool AuthorsExact(GoldItem gold, PredictedItem predicted)
    {
        var got = predicted.Authors.Order(StringComparer.Ordinal).ToArray();
        return AuthorSets(gold).Any(set => set.Order(StringComparer.Ordinal).SequenceEqual(got, StringComparer.Ordinal));
    }

    public static bool AuthorsOverlap(GoldItem gold, PredictedItem predicted) =>
        AuthorSets(gold).Any(set => set.Intersect(predicted.Authors, StringComparer.Ordinal).Any());

    public static bool OrganizationExact(GoldItem gold, PredictedItem predicted) =>
        ComparisonText.Normalize(gold.Organization) == predicted.Organization;

    /// <summary>The predicted primary region, cut to six digits, is the gold code or an accepted alternative.</summary>
    public static bool RegionOk(GoldItem gold, PredictedItem predicted) =>
        gold.Region is not null && RegionCode.Six(predicted.Region) is { } code && (code == gold.Region || gold.Accept.Regions.Contains(code));
}
