using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Enrichment;

/// <summary>
/// The parts of an article enrichers read, with nulls turned into empty strings, in simplified characters:
/// gazetteer, lexicons and rules are simplified, and the character-for-character copy keeps every offset
/// valid in the text as printed.
/// </summary>
public sealed class ArticleText
{
    public ArticleText(Article article, EnrichmentContext context)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(context);
        Article = article;
        Context = context;
        Title = SimplifiedChinese.Convert(article.Title ?? "");
        Kicker = SimplifiedChinese.Convert(article.Kicker ?? "");
        Subtitle = SimplifiedChinese.Convert(article.Subtitle ?? "");
        Body = SimplifiedChinese.Convert(article.Text ?? "");
        TitleAndBody = Title + "\n" + Body;
    }

    public Article Article { get; }

    public EnrichmentContext Context { get; }

    public string Title { get; }

    public string Kicker { get; }

    public string Subtitle { get; }

    /// <summary>The article text; dates, figures, people and organizations are offset into it.</summary>
    public string Body { get; }

    /// <summary>Title, a newline and the text: region offsets are into this.</summary>
    public string TitleAndBody { get; }

    /// <summary>Offset of <see cref="Body"/> inside <see cref="TitleAndBody"/>.</summary>
    public int BodyOffset => Title.Length + 1;

    /// <summary>Builds the input for a bare article with no bulletin, as tests and tools need.</summary>
    public static ArticleText Of(string? title, string text, string? kicker = null, string? subtitle = null,
        Byline? byline = null, Bulletin? bulletin = null) =>
        new(ArticleFactory.Create(title, text, kicker, subtitle, byline), new EnrichmentContext(bulletin ?? ArticleFactory.EmptyBulletin()));
}
