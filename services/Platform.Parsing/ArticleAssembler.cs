using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>Turns a finished draft into the article document, computing its quality flags.</summary>
internal static class ArticleAssembler
{
    public static Article Assemble(DraftItem d, string bulletinId, int ordinal)
    {
        var flags = new List<string>(2);
        if (d.Kind != ArticleKind.Ad && d.Paragraphs.Exists(p => ParagraphRepairer.IsOpen(p))) flags.Add(ArticleFlags.Truncated);
        if (d.Kind == ArticleKind.Article && d.Title is not null && d.Paragraphs.Count == 0) flags.Add(ArticleFlags.OrphanTitle);
        if (d.Kind == ArticleKind.Article && d.Title is null && d.Paragraphs.Count > 0) flags.Add(ArticleFlags.OrphanBody);
        if (DuplicatedPassageDetector.HasDuplicate(d.Paragraphs)) flags.Add(ArticleFlags.DuplicatedPassage);
        if (d.Paragraphs.Exists(OcrNoiseDetector.HasNoise)) flags.Add(ArticleFlags.OcrNoise);
        var paragraphs = d.Paragraphs.ToArray();
        return new Article(Article.MakeId(bulletinId, ordinal), bulletinId, ordinal, d.Kind, d.Kicker, d.Title, d.Subtitle,
            d.Section, d.ToByline(), d.Headings.ToArray(), paragraphs, paragraphs.Length == 1 ? paragraphs[0] : string.Join('\n', paragraphs), flags, null,
            PipelineStatus.Parsed, 0, BulletinParser.Version, null, []);
    }
}
