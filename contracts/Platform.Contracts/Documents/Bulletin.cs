namespace Platform.Contracts.Documents;

/// <summary>A parsed bulletin (newspaper page or briefing issue) and the ids of its articles.</summary>
/// <param name="Id">Deterministic id: the first 16 hex digits of <paramref name="Sha256"/>.</param>
/// <param name="SourceId">Source that delivered the bulletin.</param>
/// <param name="Sha256">The content key (hex): SHA-256 of the normalized text with width folded and whitespace removed, the same in every format.</param>
/// <param name="Masthead">Masthead of a briefing, or null for newspaper pages.</param>
/// <param name="Footer">Footer of a briefing, or null.</param>
/// <param name="Sections">Section headers (【…】) in order.</param>
/// <param name="Year">Best estimate of the publication year: the masthead date, else the years the text mentions; null when unknown.</param>
/// <param name="ArticleIds">Ids of the bulletin's articles in reading order.</param>
/// <param name="Status">How far the bulletin has travelled through the pipeline.</param>
/// <param name="RejectReason">Why the bulletin was rejected, when <paramref name="Status"/> is rejected.</param>
/// <param name="ReceivedAt">When fetch accepted the bulletin.</param>
/// <param name="ParserVersion">Version of the parser that produced the document.</param>
/// <param name="Warnings">Problems met while parsing that did not stop it.</param>
/// <param name="Discarded">Input text that belongs to no article, with the reason.</param>
/// <param name="Version">Optimistic-concurrency version: 1 on first write, +1 on every change.</param>
public sealed record Bulletin(
    string Id,
    string SourceId,
    string Sha256,
    Masthead? Masthead,
    Footer? Footer,
    IReadOnlyList<string> Sections,
    int? Year,
    IReadOnlyList<string> ArticleIds,
    PipelineStatus Status,
    string? RejectReason,
    DateTimeOffset ReceivedAt,
    string ParserVersion,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<DiscardedText> Discarded,
    long Version)
{
    /// <summary>
    /// Where each discarded run was printed in the normalized text (<c>discarded[i]</c>, see <see cref="SourceSpan"/>).
    /// Empty for documents parsed before spans were recorded.
    /// </summary>
    public IReadOnlyList<SourceSpan> Spans { get; init; } = [];

    /// <summary>The format the bulletin arrived in (text, html, pdf, docx); text for documents stored before formats were recorded.</summary>
    public BulletinFormat Format { get; init; }

    /// <summary>What extracting the page text dropped or guessed (running heads removed, tables flattened…); empty for plain text.</summary>
    public IReadOnlyList<string> ExtractionWarnings { get; init; } = [];
}
