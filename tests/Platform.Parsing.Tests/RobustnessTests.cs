using System.Diagnostics;
using System.Text;
using Platform.Text;

namespace Platform.Parsing.Tests;

/// <summary>
/// Property-style tests over random slices, concatenations and shuffles of the seeds and random bytes.
/// Random generators use fixed seeds so a failure reproduces.
/// </summary>
public sealed class RobustnessTests
{
    public static TheoryData<int> RandomSeeds => new() { 1, 2, 3, 4, 5, 6, 7, 8 };

    [Theory]
    [MemberData(nameof(RandomSeeds))]
    public void Random_slices_of_seeds_never_throw_or_lose_text(int seed)
    {
        var random = new Random(seed);
        for (var n = 0; n < 40; n++)
        {
            var source = Parsing.AllSeeds[random.Next(Parsing.AllSeeds.Count)];
            var start = random.Next(source.Length);
            var text = source.Substring(start, random.Next(source.Length - start + 1));
            Check(text);
        }
    }

    [Theory]
    [MemberData(nameof(RandomSeeds))]
    public void Concatenated_seeds_never_throw_or_lose_text(int seed)
    {
        var random = new Random(seed);
        var parts = Enumerable.Range(0, 2 + random.Next(6)).Select(_ => Parsing.AllSeeds[random.Next(Parsing.AllSeeds.Count)]);
        var separator = random.Next(3) switch { 0 => "\n", 1 => "\n\n", _ => "\r\n\r\n\r\n" };
        Check(string.Join(separator, parts));
    }

    [Theory]
    [MemberData(nameof(RandomSeeds))]
    public void Shuffled_seed_lines_never_throw_or_lose_text(int seed)
    {
        var random = new Random(seed);
        var lines = Parsing.AllSeeds.SelectMany(s => s.Split('\n')).ToArray();
        random.Shuffle(lines);
        Check(string.Join('\n', lines.Take(50 + random.Next(300))));
    }

    [Theory]
    [MemberData(nameof(RandomSeeds))]
    public void Random_bytes_never_throw_or_lose_text_and_are_rejected_with_a_warning(int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[1 + random.Next(4096)];
        random.NextBytes(bytes);
        foreach (var text in new[] { Encoding.UTF8.GetString(bytes), Encoding.Latin1.GetString(bytes), Encoding.Unicode.GetString(bytes) })
        {
            var result = Check(text);
            Assert.NotNull(result.RejectReason);
            Assert.NotEmpty(result.Bulletin.Warnings);
        }
    }

    [Theory]
    [MemberData(nameof(RandomSeeds))]
    public void Random_characters_mixed_into_seeds_never_throw_or_lose_text(int seed)
    {
        var random = new Random(seed);
        var source = Parsing.AllSeeds[random.Next(Parsing.AllSeeds.Count)].ToCharArray();
        const string noise = "\r\n\t \u3000\uFEFF\uD800\uDC00()（）【】——◎摄本报讯:：,。、“”《》0123456789abc";
        for (var n = 0; n < source.Length / 20; n++) source[random.Next(source.Length)] = noise[random.Next(noise.Length)];
        Check(new string(source));
    }

    [Theory]
    [MemberData(nameof(RandomSeeds))]
    public void Normalize_is_idempotent(int seed)
    {
        var random = new Random(seed);
        var chars = new char[random.Next(2000)];
        const string pool = "\r\n\t \u3000\uFEFF\u0301e\uD800\uDC00\uDC00\uFB01Å\u212B文明，。 ";
        for (var i = 0; i < chars.Length; i++) chars[i] = pool[random.Next(pool.Length)];
        var once = TextNormalizer.Normalize(new string(chars));
        Assert.Equal(once, TextNormalizer.Normalize(once));
    }

    [Fact]
    public void Parsing_time_grows_linearly_with_input()
    {
        var unit = string.Join("\n\n", Parsing.AllSeeds);
        var small = string.Concat(Enumerable.Repeat(unit + "\n\n", 4));
        var large = string.Concat(Enumerable.Repeat(unit + "\n\n", 64));
        var parser = new BulletinParser();
        parser.Parse(small, Parsing.Context);
        // The same amount of text both ways (sixteen small pages, one large one), timed in turns, so a busy machine
        // slows both sides alike instead of whichever happened to run during the busy moment.
        var (tSmall, tLarge) = (TimeSpan.MaxValue, TimeSpan.MaxValue);
        for (var round = 0; round < 3; round++)
        {
            tSmall = Min(tSmall, Time(() => { for (var i = 0; i < 16; i++) parser.Parse(small, Parsing.Context); }));
            tLarge = Min(tLarge, Time(() => parser.Parse(large, Parsing.Context)));
        }
        // Linear parsing takes about as long either way; quadratic behaviour would take ~16x as long for the large page.
        Assert.True(tLarge < tSmall * 6, $"16 small pages {tSmall.TotalMilliseconds} ms, one large page {tLarge.TotalMilliseconds} ms");
    }

    [Fact]
    public void Item_count_scales_with_repeated_input()
    {
        var unit = string.Join("\n\n", Parsing.AllSeeds);
        var one = Parsing.Parse(unit).Articles.Count;
        var many = Parsing.Parse(string.Concat(Enumerable.Repeat(unit + "\n\n", 20))).Articles.Count;
        Assert.InRange(many, one * 18, one * 22);
    }

    private static TimeSpan Time(Action action)
    {
        var sw = Stopwatch.StartNew();
        action();
        return sw.Elapsed;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static ParseResult Check(string text)
    {
        var result = Parsing.Parse(text);
        Parsing.AssertNoTextLoss(text, result);
        Assert.Equal(result.Articles.Select(a => a.Id), result.Bulletin.ArticleIds);
        Assert.All(result.Bulletin.Warnings, w => Assert.DoesNotContain("parser failure", w, StringComparison.Ordinal));
        return result;
    }
}
