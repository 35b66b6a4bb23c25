namespace Platform.Evaluation;

/// <summary>
/// Scores extraction output against gold, document by document: items are matched one to one
/// (<see cref="ItemMatcher"/>), then each matched item's title, authors, organization and region are checked
/// where the gold has them, and the masthead where the gold record has one. Notices are not scored.
/// </summary>
public static class ExtractionScorer
{
    public static IReadOnlyList<string> ScoredKinds { get; } = ["article", "photo", "quote", "ad"];

    /// <param name="gold">The gold records.</param>
    /// <param name="outputs">What extraction produced, by gold record name; a record without output scores as having no items.</param>
    public static EvaluationReport Score(IReadOnlyList<GoldRecord> gold, IReadOnlyDictionary<string, PredictedDocument> outputs)
    {
        var documents = gold.Select(record => ScoreDocument(record, outputs.GetValueOrDefault(record.N))).ToArray();
        return new EvaluationReport(
            documents,
            documents.Count(d => d.File is not null),
            documents.Aggregate(new ItemScore(0, 0, 0), (sum, d) => sum + d.Items),
            Sum(documents, d => d.Title),
            Sum(documents, d => d.Authors),
            Sum(documents, d => d.Organization),
            Sum(documents, d => d.Region));
    }

    public static DocumentScore ScoreDocument(GoldRecord record, PredictedDocument? output)
    {
        var items = record.Items;
        var predicted = (output?.Items ?? []).Where(p => ScoredKinds.Contains(p.Kind)).ToArray();
        var pairs = ItemMatcher.Align(items, predicted);
        FieldScore title = FieldScore.None, authors = FieldScore.None, organization = FieldScore.None, region = FieldScore.None;
        var misses = new List<Miss>();
        foreach (var (i, j) in pairs)
        {
            var (g, p) = (items[i], predicted[j]);
            var label = g.Label(i);
            if (g.HasTitle)
            {
                var ok = ItemChecks.TitleExact(g, p);
                title = title.Add(ok);
                if (!ok) misses.Add(new Miss("title", label, $"{g.Kicker}|{g.Title}", $"{p.Kicker}|{p.Title}|{p.Subtitle}"));
            }
            if (g.Authors is not null)
            {
                var ok = ItemChecks.AuthorsExact(g, p);
                authors = authors.Add(ok);
                if (!ok) misses.Add(new Miss("authors", label, string.Join(" ", g.Authors), string.Join(" ", p.Authors)));
            }
            if (!string.IsNullOrEmpty(g.Organization))
            {
                var ok = ItemChecks.OrganizationExact(g, p);
                organization = organization.Add(ok);
                if (!ok) misses.Add(new Miss("organization", label, g.Organization, p.Organization));
            }
            if (!string.IsNullOrEmpty(g.Region))
            {
                var ok = ItemChecks.RegionOk(g, p);
                region = region.Add(ok);
                if (!ok) misses.Add(new Miss("region", label, g.Region, p.Region));
            }
        }
        var matchedGold = pairs.Select(pair => pair.Gold).ToHashSet();
        var matchedPredicted = pairs.Select(pair => pair.Predicted).ToHashSet();
        for (var i = 0; i < items.Count; i++)
        {
            if (!matchedGold.Contains(i))
                misses.Add(new Miss("missed", items[i].Label(i), $"{items[i].Kind} {(items[i].HasTitle ? items[i].Title : string.Join(" ", items[i].Authors ?? []))}", null));
        }
        for (var j = 0; j < predicted.Length; j++)
        {
            if (!matchedPredicted.Contains(j))
                misses.Add(new Miss("extra", $"{predicted[j].Kicker}|{predicted[j].Title}", null, predicted[j].Kind));
        }
        var masthead = record.Masthead is { Count: > 0 } && output is not null ? MastheadCheck.Score(record, output.Masthead) : null;
        return new DocumentScore(record.N, output?.File, output?.Error, new ItemScore(items.Count, predicted.Length, pairs.Count),
            title, authors, organization, region, masthead, misses);
    }

    private static FieldScore Sum(IEnumerable<DocumentScore> documents, Func<DocumentScore, FieldScore> field) =>
        documents.Aggregate(FieldScore.None, (sum, d) => sum + field(d));
}
