using Platform.Contracts.Documents;
using Platform.Enrichment;
using Platform.Parsing;

namespace Platform.Benchmarks;

/// <summary>The seed bulletins, read once, as the benchmarks' input.</summary>
public static class SeedCorpus
{
    public static IReadOnlyList<string> Texts { get; } = Directory
        .GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt")
        .Order(StringComparer.Ordinal)
        .Select(File.ReadAllText)
        .ToArray();

    public static long Utf8Bytes => Texts.Sum(t => (long)System.Text.Encoding.UTF8.GetByteCount(t));

    /// <summary>Every article of the seeds, parsed and enriched, in <paramref name="status"/>.</summary>
    public static List<Article> EnrichedArticles(PipelineStatus status)
    {
        var parser = new BulletinParser();
        var enricher = ArticleEnricher.CreateDefault();
        return Texts.SelectMany(text =>
        {
            var result = parser.Parse(text, new ParseContext("bench", "bench", "", DateTimeOffset.UnixEpoch));
            var context = new EnrichmentContext(result.Bulletin);
            return result.Articles.Select(a => a with { Enrichment = enricher.Enrich(a, context).Enrichment, Status = status });
        }).ToList();
    }
}
