namespace Platform.Contracts.Documents;

/// <summary>
/// The values a <see cref="DiscardedText"/>'s <c>reason</c> can hold. They are stored with the bulletin and read back by
/// later stages (enrichment finds a page's meta lines and a photo set's introduction by them), so a value never changes.
/// </summary>
public static class DiscardReasons
{
    /// <summary>The bulletin's masthead lines, above its first story.</summary>
    public const string Masthead = "masthead";
    /// <summary>The bulletin's footer lines, below its last story.</summary>
    public const string Footer = "footer";
    /// <summary>Input the parser could not read at all, kept whole.</summary>
    public const string UnusableInput = "unusable-input";
    /// <summary>A byline with no story to attach to.</summary>
    public const string UnattachedByline = "unattached-byline";
    /// <summary>A byline printed again inside the story it already signs.</summary>
    public const string RepeatedByline = "repeated-byline";
    /// <summary>Typographic marks around headings and titles (【】, dashes, stars, bullets).</summary>
    public const string Marker = "marker";
    /// <summary>A section header that heads the stories under it, not a story of its own.</summary>
    public const string SectionHeader = "section-header";
    /// <summary>The label a wire story prints before its headline (题:).</summary>
    public const string TitleLabel = "title-label";
    /// <summary>A column's bracketed tag in front of a title (【文明实践】).</summary>
    public const string ColumnTag = "column-tag";
    /// <summary>A title printed again (as a repeated headline or the first line of the body).</summary>
    public const string RepeatedTitle = "repeated-title";
    /// <summary>A headline with no body under it.</summary>
    public const string OrphanHeadline = "orphan-headline";
    /// <summary>The space or full stop between a brief's run-in headline and the rest of its paragraph.</summary>
    public const string RunInHeadline = "run-in-headline";
    /// <summary>A news column's name printed over briefs that are reports of their own.</summary>
    public const string ColumnHeading = "column-heading";
    /// <summary>The heading of a collection of speeches or excerpts, over the titled pieces that follow.</summary>
    public const string CollectionHeading = "collection-heading";
    /// <summary>A picture's credit, where the picture is part of a story rather than a photo item.</summary>
    public const string PhotoCredit = "photo-credit";
    /// <summary>A photo set's introduction: the occasion the pictures show, no item of its own.</summary>
    public const string PhotoSetContext = "photo-set-context";
    /// <summary>A web or e-paper page's meta line: source, author, editor, publication time.</summary>
    public const string PageMeta = "page-meta";
    /// <summary>A line giving only a date (and weekday, edition or the like).</summary>
    public const string DateLine = "date-line";
    /// <summary>Site navigation: menus, links to other pages and issues, greetings.</summary>
    public const string Navigation = "navigation";
    /// <summary>A breadcrumb (当前位置: 首页 > 新闻).</summary>
    public const string Breadcrumb = "breadcrumb";
    /// <summary>Share, print and follow widgets.</summary>
    public const string ShareWidget = "share-widget";
    /// <summary>Copyright, registration, site-owner and disclaimer lines.</summary>
    public const string Copyright = "copyright";
    /// <summary>An e-paper page header (edition, page number and name).</summary>
    public const string PageHeader = "page-header";
    /// <summary>An image file name or picture disclaimer.</summary>
    public const string ImageFile = "image-file";
    /// <summary>Markup left in the text.</summary>
    public const string Markup = "markup";
    /// <summary>Keyword spam injected into the page.</summary>
    public const string Spam = "spam";
    /// <summary>Stray symbols, rules and links.</summary>
    public const string Stray = "stray";
    /// <summary>A list of other stories' headlines.</summary>
    public const string HeadlineList = "headline-list";
    /// <summary>Related stories listed under an article, headline and teaser.</summary>
    public const string RelatedList = "related-list";
    /// <summary>Keyword tags printed under an article.</summary>
    public const string KeywordTags = "keyword-tags";
    /// <summary>An editor's note (编者按) introducing the page.</summary>
    public const string EditorNote = "editor-note";
    /// <summary>Pinyin a character converter printed in place of characters it could not map.</summary>
    public const string ConverterPinyin = "converter-pinyin";
    /// <summary>Junk a site inserts into its text against copying.</summary>
    public const string AntiCopyNoise = "anti-copy-noise";
}
