using Platform.Text;
using System.Globalization;
using Platform.Testing;
using Platform.Contracts.Documents;

namespace Platform.Parsing.Tests;

/// <summary>Shared test plumbing: parsing with a fixed context, the seeds, and the expected-output matching rules.</summary>
internal static class Parsing
{
    public static readonly ParseContext Context = new("b446dbf02e71ebfb", "test", "0", new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero));

    public static ParseResult Parse(string text) => new BulletinParser().Parse(text, Context);

    public static string Seed(string prefix) =>
        File.ReadAllText(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), prefix + "_*.txt").Single());

    /// <summary>Every seed by its prefix ("000", "001", …), for theories that hold for each seed.</summary>
    public static TheoryData<string> SeedPrefixes => new(Directory
        .GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt")
        .Select(f => Path.GetFileName(f).Split('_')[0])
        .Order(StringComparer.Ordinal));

    public static IReadOnlyList<string> AllSeeds { get; } = Directory
        .GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt")
        .Order(StringComparer.Ordinal)
        .Select(File.ReadAllText)
        .ToArray();

    /// <summary>The comparison key of the expected-output rules: NFKC, without whitespace and dashes.</summary>
    public static string? Key(string? s) => ExpectedOutput.Canonical(s);

    /// <summary>
    /// The no-text-loss rule: the non-space characters of the normalized input, as a multiset, equal those of
    /// every article's kicker, title, subtitle, byline raw, headings and paragraphs plus the discarded texts.
    /// </summary>
    public static void AssertNoTextLoss(string input, ParseResult result)
    {
        var expected = Count(TextNormalizer.Normalize(input));
        var actual = new Dictionary<char, int>();
        foreach (var a in result.Articles)
        {
            Count(a.Kicker, actual);
            Count(a.Title, actual);
            Count(a.Subtitle, actual);
            Count(a.Byline.Raw, actual);
            foreach (var h in a.Headings) Count(h.Text, actual);
            foreach (var p in a.Paragraphs) Count(p, actual);
        }
        foreach (var d in result.Bulletin.Discarded) Count(d.Text, actual);
        var diff = expected.Keys.Union(actual.Keys)
            .Where(c => expected.GetValueOrDefault(c) != actual.GetValueOrDefault(c))
            .Select(c => $"'{c}' U+{(int)c:X4}: input {expected.GetValueOrDefault(c)}, output {actual.GetValueOrDefault(c)}")
            .Take(10)
            .ToList();
        Assert.True(diff.Count == 0, "text lost or duplicated:\n" + string.Join("\n", diff));
    }

    private static Dictionary<char, int> Count(string text)
    {
        var d = new Dictionary<char, int>();
        Count(text, d);
        return d;
    }

    private static void Count(string? text, Dictionary<char, int> counts)
    {
        if (text is null) return;
        foreach (var c in text)
        {
            if (c is ' ' or '\u3000' or '\u00A0' || char.IsWhiteSpace(c)) continue;
            counts[c] = counts.GetValueOrDefault(c) + 1;
        }
    }

    /// <summary>
    /// The invariance rule of re-wrapped and re-laid pages: <paramref name="changed"/>, a copy of
    /// <paramref name="original"/> with its lines broken differently, gives the same items and loses no text.
    /// </summary>
    public static void AssertSameItemsAndNoTextLoss(string original, string changed)
    {
        var expected = Parse(original).Articles.Select(Describe).ToList();
        var result = Parse(changed);
        Assert.Equal(expected, result.Articles.Select(Describe).ToList());
        AssertNoTextLoss(changed, result);
    }

    public static string Describe(Article a) => string.Create(CultureInfo.InvariantCulture,
        $"{a.Ordinal} {a.Kind} kicker={a.Kicker} title={a.Title} subtitle={a.Subtitle} authors=[{string.Join(",", a.Byline.Authors)}] org={a.Byline.Organization}");
}
