using System.Diagnostics;
using System.Globalization;
using Platform.Enrichment;
using Platform.Parsing;

namespace Platform.Benchmarks;

/// <summary>
/// Each enricher's time inside full parse + enrich passes over the seeds, where it shares the caches with the parser
/// and the other enrichers (alone it is faster): what to work on next, on a machine too noisy for a profiler's shares
/// of a few milliseconds to mean much.
/// <code>
/// dotnet run -c Release --project tests/Platform.Benchmarks -- seed-enrichers [passes]
/// </code>
/// </summary>
public static class EnricherTimes
{
    public static int Run(string[] args)
    {
        var passes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var parser = new BulletinParser();
        var enrichers = ArticleEnricher.CreateDefault().Enrichers;
        var perPass = new double[enrichers.Count];
        var ms = enrichers.Select(_ => new List<double>()).ToArray();
        var parseMs = new List<double>();
        void Pass()
        {
            Array.Clear(perPass);
            var parsing = 0.0;
            foreach (var text in SeedCorpus.Texts)
            {
                var start = Stopwatch.GetTimestamp();
                var result = parser.Parse(text, new ParseContext("bench", "bench", "", DateTimeOffset.UnixEpoch));
                parsing += Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                var context = new EnrichmentContext(result.Bulletin);
                foreach (var article in result.Articles)
                {
                    var input = new ArticleText(article, context);
                    var draft = new EnrichmentDraft();
                    for (var e = 0; e < enrichers.Count; e++)
                    {
                        start = Stopwatch.GetTimestamp();
                        enrichers[e].Enrich(input, draft);
                        perPass[e] += Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    }
                }
            }
            for (var e = 0; e < enrichers.Count; e++) ms[e].Add(perPass[e]);
            parseMs.Add(parsing);
        }
        var (took, _) = SteadyState.WarmUp(Pass);
        foreach (var list in ms) list.Clear();
        parseMs.Clear();
        for (var i = 0; i < passes; i++) Pass();
        Console.WriteLine($"warm-up {took.TotalSeconds:F1} s; per pass over the seeds, min / median:");
        void Print(string name, List<double> times)
        {
            var sorted = times.Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-14} {sorted[0]:F3} / {sorted[sorted.Length / 2]:F3} ms"));
        }
        Print("parse", parseMs);
        for (var e = 0; e < enrichers.Count; e++) Print(enrichers[e].Name, ms[e]);
        return 0;
    }
}
