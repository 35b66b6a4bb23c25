using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Platform.Contracts.Documents;
using Platform.Enrichment;
using Platform.Parsing;

namespace Platform.Benchmarks;

/// <summary>
/// Parse + enrich of the seeds in a plain loop, beside its parts, for a shared machine where BenchmarkDotNet's means
/// mostly measure the other processes: the fastest passes after the runtime stopped recompiling, with the
/// collections and bytes allocated per pass. And the JSON of every parse and enrichment of some texts, to check
/// that a change keeps the output byte for byte.
/// <code>
/// dotnet run -c Release --project tests/Platform.Benchmarks -- seed-loop [passes]
/// dotnet run -c Release --project tests/Platform.Benchmarks -- seed-json OUT [FILE_OR_DIR...]   (default: the seeds)
/// </code>
/// </summary>
public static class SeedLoop
{
    private static readonly BulletinParser Parser = new();
    private static readonly ArticleEnricher Enricher = ArticleEnricher.CreateDefault();

    private static ParseResult Parse(string text) => Parser.Parse(text, new ParseContext("bench", "bench", "", DateTimeOffset.UnixEpoch));

    public static int Run(string[] args)
    {
        var passes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300;
        var parsed = SeedCorpus.Texts.Select(Parse).SelectMany(r => r.Articles.Select(a => (Article: a, Context: new EnrichmentContext(r.Bulletin)))).ToList();
        int ParseAndEnrich()
        {
            var n = 0;
            foreach (var text in SeedCorpus.Texts)
            {
                var result = Parse(text);
                var context = new EnrichmentContext(result.Bulletin);
                foreach (var article in result.Articles) n += Enricher.Enrich(article, context).Enrichment.Keywords.Count;
            }
            return n;
        }
        int EnrichParsed() => parsed.Sum(p => Enricher.Enrich(p.Article, p.Context).Enrichment.Keywords.Count);
        int ParseOnly() => SeedCorpus.Texts.Sum(t => Parse(t).Articles.Count);
        var (took, compiled) = SteadyState.WarmUp(() => { ParseAndEnrich(); EnrichParsed(); ParseOnly(); });
        Console.WriteLine($"seeds {SeedCorpus.Utf8Bytes} UTF-8 bytes, {parsed.Count} articles; warm-up {took.TotalSeconds:F1} s, {compiled} methods compiled");
        // Alternated in rounds, so a burst of load elsewhere falls on all three alike.
        var runs = new (string Name, Func<int> Pass, List<double> Ms)[] { ("parse+enrich", ParseAndEnrich, []), ("enrich (parsed)", EnrichParsed, []), ("parse", ParseOnly, []) };
        var allocated = new long[runs.Length];
        var collections = new int[runs.Length];
        for (var round = 0; round < 10; round++)
        {
            for (var r = 0; r < runs.Length; r++)
            {
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                var gen0 = GC.CollectionCount(0);
                for (var i = 0; i < passes / 10; i++)
                {
                    var start = Stopwatch.GetTimestamp();
                    runs[r].Pass();
                    runs[r].Ms.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
                allocated[r] += GC.GetAllocatedBytesForCurrentThread() - bytes;
                collections[r] += GC.CollectionCount(0) - gen0;
            }
        }
        for (var r = 0; r < runs.Length; r++)
        {
            var ms = runs[r].Ms.Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{runs[r].Name,-16} min {ms[0]:F2} ms ({SeedCorpus.Utf8Bytes / ms[0] / 1000:F1} MB/s)  p10 {ms[ms.Length / 10]:F2}  median {ms[ms.Length / 2]:F2}  " +
                $"allocated {allocated[r] / (double)ms.Length / 1e6:F2} MB/pass  gen0 {collections[r] / (double)ms.Length:F3}/pass"));
        }
        return 0;
    }

    public static int WriteJson(string[] args)
    {
        var files = args.Length > 1
            ? args[1..].SelectMany(a => Directory.Exists(a) ? Directory.GetFiles(a).Order(StringComparer.Ordinal).ToArray() : new[] { a })
            : Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal);
        using var writer = new StreamWriter(args[0]);
        foreach (var file in files)
        {
            var result = Parse(File.ReadAllText(file));
            var context = new EnrichmentContext(result.Bulletin);
            writer.WriteLine(Path.GetFileName(file));
            writer.WriteLine(JsonSerializer.Serialize(result.Bulletin, DocumentJson.Options));
            foreach (var article in result.Articles)
            {
                var enriched = Enricher.Enrich(article, context);
                writer.WriteLine(JsonSerializer.Serialize(article with { Enrichment = enriched.Enrichment }, DocumentJson.Options));
                writer.WriteLine(string.Join(" | ", enriched.Warnings));
            }
        }
        return 0;
    }
}
