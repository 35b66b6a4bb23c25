using Platform.Contracts.Documents;
using Platform.Enrichment.Gazetteer;

namespace Platform.Enrichment.Topics;

/// <summary>
/// Scores every taxonomy topic by the weighted terms found in title, kicker, subtitle and body (a term
/// in the title counts three times), keeps those above the taxonomy's threshold, and says why.
/// </summary>
public sealed class TopicClassifier
{
    private static readonly (string Where, double Weight)[] Places = [("title", 3), ("kicker", 2), ("subtitle", 2), ("body", 1)];
    private readonly Taxonomy _taxonomy;
    private readonly NameTrie<(TaxonomyTopic Topic, string Term, double Weight)> _terms = new();

    public TopicClassifier(Taxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        _taxonomy = taxonomy;
        foreach (var topic in taxonomy.Topics)
            foreach (var (term, weight) in topic.Terms)
                _terms.Add(term, (topic, term, weight));
    }

    public IReadOnlyList<TopicScore> Classify(string title, string kicker, string subtitle, string body)
    {
        var texts = new[] { title, kicker, subtitle, body };
        var evidence = new Dictionary<(TaxonomyTopic Topic, string Term, string Where), int>();
        var matches = new List<(int Length, IReadOnlyList<(TaxonomyTopic Topic, string Term, double Weight)> Values)>();
        for (var p = 0; p < texts.Length; p++)
        {
            var text = texts[p] ?? "";
            for (var i = 0; i < text.Length; i++)
            {
                matches.Clear();
                _terms.AllAt(text, i, matches);
                foreach (var (_, values) in matches)
                    foreach (var (topic, term, _) in values)
                        evidence[(topic, term, Places[p].Where)] = evidence.GetValueOrDefault((topic, term, Places[p].Where)) + 1;
            }
        }
        var scores = new List<TopicScore>();
        foreach (var group in evidence.GroupBy(e => e.Key.Topic))
        {
            var raw = group.Sum(e => e.Key.Topic.Terms[e.Key.Term] * Math.Min(e.Value, 5) * Weight(e.Key.Where));
            // Saturating: a handful of strong terms is enough; more repetition adds little.
            var score = Math.Round(1 - Math.Exp(-raw / 8), 3);
            if (score < _taxonomy.Threshold) continue;
            var why = group.OrderByDescending(e => e.Key.Topic.Terms[e.Key.Term] * e.Value * Weight(e.Key.Where))
                .Select(e => new TopicEvidence(e.Key.Term, e.Key.Where, e.Value)).ToList();
            scores.Add(new TopicScore(group.Key.Id, group.Key.Label, score, why));
        }
        return scores.OrderByDescending(s => s.Score).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
    }

    private static double Weight(string where) => Places.First(p => p.Where == where).Weight;
}
