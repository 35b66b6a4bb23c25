namespace Platform.Contracts.Documents;

/// <summary>The flag values an article's <c>flags</c> list can hold.</summary>
public static class ArticleFlags
{
    /// <summary>A sentence is cut off (page end or mid-article).</summary>
    public const string Truncated = "truncated";
    /// <summary>A title block with no body.</summary>
    public const string OrphanTitle = "orphanTitle";
    /// <summary>A body with no title, e.g. a page starting mid-article.</summary>
    public const string OrphanBody = "orphanBody";
    /// <summary>A passage repeats inside the article.</summary>
    public const string DuplicatedPassage = "duplicatedPassage";
    /// <summary>Stray ASCII words inside Chinese text, typical of OCR.</summary>
    public const string OcrNoise = "ocrNoise";
}
