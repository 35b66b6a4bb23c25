using System.Text;
using BenchmarkDotNet.Attributes;
using Platform.Parsing;

namespace Platform.Benchmarks;

/// <summary>
/// Parser throughput. MB/s = UTF-8 input bytes / mean time; compare "Allocated" with the input sizes
/// printed by <see cref="Setup"/> for the allocation ratio (target ≤ 3× input).
/// </summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private const int LargeBytes = 10 * 1024 * 1024;
    private static readonly ParseContext Context = new("0000000000000000", "bench", "0", DateTimeOffset.UnixEpoch);
    private readonly BulletinParser _parser = new();
    private string _large = string.Empty;

    public static IEnumerable<int> SeedIndexes => Enumerable.Range(0, SeedCorpus.Texts.Count);

    [GlobalSetup]
    public void Setup()
    {
        var sb = new StringBuilder();
        var bytes = 0L;
        for (var i = 0; bytes < LargeBytes; i++)
        {
            var text = SeedCorpus.Texts[i % SeedCorpus.Texts.Count];
            sb.Append(text).Append("\n\n");
            bytes += Encoding.UTF8.GetByteCount(text) + 2;
        }
        _large = sb.ToString();
        var seeds = string.Join(", ", SeedCorpus.Texts.Select(t => Encoding.UTF8.GetByteCount(t)));
        Console.WriteLine($"// input bytes: seeds [{seeds}]; all seeds {SeedCorpus.Utf8Bytes}; large {bytes}");
    }

    [Benchmark]
    [ArgumentsSource(nameof(SeedIndexes))]
    public int ParseSeed(int seed) => _parser.Parse(SeedCorpus.Texts[seed], Context).Articles.Count;

    [Benchmark]
    public int ParseAllSeeds()
    {
        var n = 0;
        foreach (var text in SeedCorpus.Texts) n += _parser.Parse(text, Context).Articles.Count;
        return n;
    }

    [Benchmark]
    public int ParseTenMegabytes() => _parser.Parse(_large, Context).Articles.Count;
}
