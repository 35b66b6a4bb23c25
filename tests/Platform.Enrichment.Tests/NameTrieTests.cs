using Platform.Enrichment.Gazetteer;

namespace Platform.Enrichment.Tests;

public sealed class NameTrieTests
{
    // Keys over a small alphabet so they share prefixes, and enough of them that the edge table grows many times.
    private static List<string> Keys(int count, int seed)
    {
        var random = new Random(seed);
        const string alphabet = "广东佛山南海区新村镇街道社县市省中国大";
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (keys.Count < count)
            keys.Add(new string(Enumerable.Range(0, random.Next(1, 6)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()));
        return [.. keys];
    }

    // Every key that begins at start, shortest first, by comparing each key.
    private static List<(int Length, string Key)> Expected(IEnumerable<string> keys, string text, int start) =>
        keys.Where(k => string.CompareOrdinal(text, start, k, 0, k.Length) == 0 && start + k.Length <= text.Length)
            .Select(k => (k.Length, k)).OrderBy(m => m.Length).ToList();

    private static List<(int Length, string Key)> Found(NameTrie<string> trie, string text, int start)
    {
        var found = new List<(int Length, IReadOnlyList<string> Values)>();
        trie.AllAt(text, start, found);
        return found.Select(f => (f.Length, f.Values.Single())).ToList();
    }

    [Theory]
    [InlineData(50, 1)]
    [InlineData(3000, 2)]
    public void Finds_every_key_starting_at_a_position_as_comparing_each_key_would(int count, int seed)
    {
        var keys = Keys(count, seed);
        var trie = new NameTrie<string>();
        foreach (var key in keys) trie.Add(key, key);
        var text = string.Concat(Keys(400, seed + 100));

        var wrong = Enumerable.Range(0, text.Length).Where(i => !Found(trie, text, i).SequenceEqual(Expected(keys, text, i))).Take(3).ToArray();
        var wrongLongest = Enumerable.Range(0, text.Length)
            .Where(i => trie.LongestAt(text, i, out _) != Expected(keys, text, i).Select(m => m.Length).DefaultIfEmpty(0).Max()).Take(3).ToArray();

        Assert.Empty(wrong);
        Assert.Empty(wrongLongest);
    }

    [Fact]
    public void A_key_added_after_a_walk_is_found_by_the_next_walk()
    {
        var trie = new NameTrie<string>();
        trie.Add("南海区", "南海区");
        var before = Found(trie, "佛山市", 0);
        var walked = Found(trie, "南海区", 0);

        trie.Add("佛山", "佛山");
        trie.Add("广东", "广东");

        Assert.Empty(before);
        Assert.Equal([(3, "南海区")], walked);
        Assert.Equal([(2, "佛山")], Found(trie, "佛山市", 0));
        Assert.Equal([(2, "广东")], Found(trie, "广东", 0));
        Assert.Equal([(3, "南海区")], Found(trie, "南海区", 0));
    }

    [Fact]
    public void A_key_ending_inside_a_longer_one_is_reported_only_where_it_ends()
    {
        var trie = new NameTrie<string>();
        trie.Add("新村镇", "新村镇");
        trie.Add("新村", "新村");

        Assert.Equal([(2, "新村"), (3, "新村镇")], Found(trie, "新村镇", 0));
        Assert.Equal([(2, "新村")], Found(trie, "新村街", 0));
        Assert.Empty(Found(trie, "新街", 0));
    }
}
