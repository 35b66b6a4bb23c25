using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>Turns the normalized text of a newspaper page or briefing into bulletin and article documents.</summary>
public sealed class BulletinParser
{
    public const string Version = "0.1.0";

    public ParseResult Parse(string text, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var normalized = TextNormalizer.Normalize(text);
        var blocks = normalized.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var articles = new List<Article>();
        var paragraphs = new List<string>();
        string? title = null;
        void Flush()
        {
            if (title is null && paragraphs.Count == 0) return;
            var ordinal = articles.Count + 1;
            articles.Add(new Article(Article.MakeId(context.BulletinId, ordinal), context.BulletinId, ordinal, ArticleKind.Article,
                null, title, null, null, Byline.None, [], paragraphs.ToArray(), string.Join('\n', paragraphs), [], null,
                PipelineStatus.Parsed, 0, Version, null, []));
            paragraphs.Clear();
            title = null;
        }
        foreach (var block in blocks)
        {
            if (block.Length <= 40 && !block.EndsWith('。'))
            {
                Flush();
                title = block;
            }
            else
            {
                paragraphs.Add(block);
            }
        }
        Flush();
        var warnings = articles.Count == 0 ? new[] { "no recognisable text" } : [];
        var bulletin = new Bulletin(context.BulletinId, context.SourceId, context.Sha256, null, null, [], null,
            articles.Select(a => a.Id).ToArray(), PipelineStatus.Parsed, null, context.ReceivedAt, Version, warnings, [], 0);
        return new ParseResult(bulletin, articles);
    }
}
