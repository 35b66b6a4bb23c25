using Platform.Contracts.Documents;
using Platform.Enrichment;
using Platform.Formats;
using Platform.Parsing;

namespace Platform.Cli;

/// <summary>
/// Parse + enrich of one bulletin file in-process (no store, no bus), as the services would do it: the one path
/// <c>platform process</c> and <c>platform eval</c> share, so what eval scores is what process prints.
/// </summary>
/// <param name="limits">The extraction bounds (<c>Platform:Formats</c>); the defaults when null.</param>
public sealed class BulletinProcessor(FormatLimits? limits = null)
{
    private readonly BulletinParser parser = new();
    private readonly ArticleEnricher enricher = ArticleEnricher.CreateDefault();

    /// <param name="path">The bulletin file.</param>
    /// <param name="rewrite">Applied to the extracted text before parsing (eval's OCR-column perturbation); none in production.</param>
    public ProcessedBulletin ProcessFile(string path, Func<string, string>? rewrite = null)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ProcessedBulletin.Failed(new ExtractionProblem("unreadable-file", "Unreadable file", ex.Message));
        }
        return Process(bytes, InputFiles.ContentTypeOf(path), Path.GetFileName(path), rewrite);
    }

    public ProcessedBulletin Process(byte[] bytes, string? contentType, string? fileName, Func<string, string>? rewrite = null)
    {
        var (decoded, failure) = DocumentExtractor.Extract(bytes, contentType, fileName, limits);
        if (decoded is null) return ProcessedBulletin.Failed(failure!);
        if (rewrite is not null) decoded = decoded with { Text = rewrite(decoded.Text) };
        var (id, sha) = decoded.Key;
        var parsed = parser.Parse(decoded.Text, new ParseContext(id, "cli", sha, DateTimeOffset.UtcNow)
        {
            Format = decoded.BulletinFormat,
            ExtractionWarnings = decoded.Warnings,
            Hints = new HeadlineHints(decoded.Hints.Title, decoded.Hints.Headlines),
        });
        var context = new EnrichmentContext(parsed.Bulletin);
        var parsedArticles = parsed.Articles.ToArray();
        // Each item sees the items around it as parsed, as the enrich stage gives a photo its run (a caption without a place).
        var articles = parsedArticles.Select((article, i) =>
        {
            var result = enricher.Enrich(article, context with
            {
                Preceding = new ArraySegment<Article>(parsedArticles, 0, i),
                Following = new ArraySegment<Article>(parsedArticles, i + 1, parsedArticles.Length - i - 1),
            });
            return article with
            {
                Enrichment = result.Enrichment,
                EnrichmentVersion = ArticleEnricher.Version,
                Status = PipelineStatus.Enriched,
                Warnings = article.Warnings.Concat(result.Warnings).ToArray(),
            };
        }).ToArray();
        var bulletin = parsed.RejectReason is { } reason ? parsed.Bulletin with { Status = PipelineStatus.Rejected, RejectReason = reason } : parsed.Bulletin;
        return new ProcessedBulletin(decoded.Format, decoded.Encoding, bulletin, articles, null);
    }
}
