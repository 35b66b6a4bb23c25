namespace Platform.Evaluation;

/// <summary>
/// Matches the predicted items of a document to its gold items one to one. A pair is possible when the kinds agree
/// and either the titles are similar (≥ 0.6), or — for a gold photo with a title — the photographer is the same, or
/// — for an untitled gold item — an author is shared or the region agrees. Among the possible pairs it takes the
/// optimal assignment: most pairs, then the highest total similarity, then the closest reading order, so two
/// identical photo credits cannot steal the pair a titled item needs.
/// </summary>
public static class ItemMatcher
{
    public static bool Compatible(GoldItem gold, PredictedItem predicted)
    {
        if (predicted.Kind != gold.Kind && !gold.Accept.Kinds.Contains(predicted.Kind)) return false;
        if (gold.HasTitle)
        {
            return TitleSimilarity.Of(gold, predicted) >= TitleSimilarity.MatchThreshold
                || (gold.Kind == "photo" && ItemChecks.AuthorsOverlap(gold, predicted));
        }
        return ItemChecks.AuthorsOverlap(gold, predicted) || ItemChecks.RegionOk(gold, predicted);
    }

    /// <summary>How good a compatible pair is: the title ratio; 0.55 for a photo matched by photographer only; for untitled items author and region evidence.</summary>
    public static double Similarity(GoldItem gold, PredictedItem predicted)
    {
        if (gold.HasTitle)
        {
            var ratio = TitleSimilarity.Of(gold, predicted);
            return ratio >= TitleSimilarity.MatchThreshold ? ratio : 0.55;
        }
        return (ItemChecks.AuthorsOverlap(gold, predicted) ? 0.8 : 0.4) + (ItemChecks.RegionOk(gold, predicted) ? 0.2 : 0.0);
    }

    /// <summary>The matched (gold index, predicted index) pairs in gold order.</summary>
    public static IReadOnlyList<(int Gold, int Predicted)> Align(IReadOnlyList<GoldItem> gold, IReadOnlyList<PredictedItem> predicted)
    {
        if (gold.Count == 0 || predicted.Count == 0) return [];
        int ng = gold.Count, np = predicted.Count, n = Math.Max(ng, np);
        var compatible = new bool[ng, np];
        var cost = new double[n, n];
        for (var i = 0; i < ng; i++)
        {
            for (var j = 0; j < np; j++)
            {
                if (!Compatible(gold[i], predicted[j])) continue;
                compatible[i, j] = true;
                // Every possible pair outweighs any similarity (10), then similarity, then a small pull towards the same relative position.
                cost[i, j] = -(10.0 + Similarity(gold[i], predicted[j]) - 0.01 * Math.Abs((double)i / ng - (double)j / np));
            }
        }
        var columns = OptimalAssignment.Solve(cost);
        return Enumerable.Range(0, ng)
            .Where(i => columns[i] < np && compatible[i, columns[i]])
            .Select(i => (i, columns[i]))
            .ToArray();
    }
}
