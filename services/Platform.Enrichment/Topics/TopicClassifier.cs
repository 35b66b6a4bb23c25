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
    private const int StackCounters = 1024;
    private readonly Taxonomy _taxonomy;
    private readonly NameTrie<int> _terms = new();
    private readonly (TaxonomyTopic Topic, int TopicIndex, string Term, double Weight)[] _entries;

    public TopicClassifier(Taxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        _taxonomy = taxonomy;
        var entries = new List<(TaxonomyTopic, int, string, double)>();
        for (var t = 0; t < taxonomy.Topics.Count; t++)
        {
            var topic = taxonomy.Topics[t];
            foreach (var (term, weight) in topic.Terms)
            {
                _terms.Add(term, entries.Count);
                entries.Add((topic, t, term, weight));
            }
        }
        _entries = [.. entries];
    }

    public IReadOnlyList<TopicScore> Classify(string title, string kicker, string subtitle, string body)
    {
        // Evidence is counted per (term, place) in a flat table; `order` keeps each key's first sighting,
        // which fixes the order evidence is summed and listed in.
        var size = _entries.Length * Places.Length;
        var counts = size <= StackCounters ? stackalloc int[size] : new int[size];
        counts.Clear();
        var order = new List<int>();
        var matches = new List<(int Length, IReadOnlyList<int> Values)>();
        Count(title, 0, counts, order, matches);
        Count(kicker, 1, counts, order, matches);
        Count(subtitle, 2, counts, order, matches);
        Count(body, 3, counts, order, matches);
        if (order.Count == 0) return [];

        var scores = new List<TopicScore>();
        var done = new bool[_taxonomy.Topics.Count];
        var group = new List<(int Key, double Strength)>();
        foreach (var first in order)
        {
            var topicIndex = _entries[first / Places.Length].TopicIndex;
            if (done[topicIndex]) continue;
            done[topicIndex] = true;
            double raw = 0;
            group.Clear();
            foreach (var key in order)
            {
                var (_, t, _, weight) = _entries[key / Places.Length];
                if (t != topicIndex) continue;
                var count = counts[key];
                var placeWeight = Places[key % Places.Length].Weight;
                raw += weight * Math.Min(count, 5) * placeWeight;
                group.Add((key, weight * count * placeWeight));
            }
            // Saturating: a handful of strong terms is enough; more repetition adds little.
            var score = Math.Round(1 - Math.Exp(-raw / 8), 3);
            if (score < _taxonomy.Threshold) continue;
            // Strongest evidence first; equals keep their order of first sighting (a stable sort).
            var why = new TopicEvidence[group.Count];
            var ranked = group.Select((g, i) => (g.Key, g.Strength, i)).ToArray();
            Array.Sort(ranked, static (x, y) => y.Strength.CompareTo(x.Strength) is var c && c != 0 ? c : x.i.CompareTo(y.i));
            for (var i = 0; i < ranked.Length; i++)
            {
                var key = ranked[i].Key;
                why[i] = new TopicEvidence(_entries[key / Places.Length].Term, Places[key % Places.Length].Where, counts[key]);
            }
            scores.Add(new TopicScore(_entries[first / Places.Length].Topic.Id, _entries[first / Places.Length].Topic.Label, score, why));
        }
        scores.Sort(static (x, y) => y.Score.CompareTo(x.Score) is var c && c != 0 ? c : string.CompareOrdinal(x.Id, y.Id));
        return scores;
    }

    private void Count(string? text, int place, Span<int> counts, List<int> order, List<(int Length, IReadOnlyList<int> Values)> matches)
    {
        if (string.IsNullOrEmpty(text)) return;
        for (var i = 0; i < text.Length; i++)
        {
            if (!_terms.StartsAnyKey(text[i])) continue;
            matches.Clear();
            _terms.AllAt(text, i, matches);
            foreach (var (_, values) in matches)
                foreach (var entry in values)
                {
                    var key = entry * Places.Length + place;
                    if (counts[key]++ == 0) order.Add(key);
                }
        }
    }
}
