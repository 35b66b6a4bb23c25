using Platform.Contracts.Documents;

namespace Platform.Fetch.Push;

// The answers of POST /v1/bulletins and GET /v1/bulletins/{id}/status. The handlers return these through TypedResults,
// so the OpenAPI document is inferred from them and cannot drift from the wire.

/// <summary>
/// 202: a new bulletin was stored and announced. <c>Status</c> is "accepted"; <c>Format</c> is what the body was read as
/// (text, html, pdf, docx) and <c>Encoding</c> the charset of text and HTML (null for PDF and DOCX).
/// </summary>
public sealed record IngestAccepted(string Id, string Status, BulletinFormat Format, string? Encoding, string StatusUrl);

/// <summary>200: the same content was already stored, in this or another format (or an Idempotency-Key replay); <c>Status</c> is "duplicate" and <c>Id</c> the first bulletin's.</summary>
public sealed record IngestDuplicate(string Id, string Status, string StatusUrl);

/// <summary>207: one item per file of a multipart push, in the order sent.</summary>
public sealed record MultipartIngest(IReadOnlyList<MultipartIngestItem> Items);

/// <summary>What happened to one file: <c>Status</c> accepted, duplicate or rejected; a rejected file carries its problem and no id.</summary>
public sealed record MultipartIngestItem(string? File, string Status, string? Id, string? StatusUrl, ItemProblem? Problem);

/// <summary>Why one file of a multipart push was refused: the RFC 9457 type, title and detail it would get on its own.</summary>
public sealed record ItemProblem(string Type, string Title, string Detail);

/// <summary>GET /v1/bulletins/{id}/status: the bulletin's stage (received, parsed, enriched, published, rejected + reason) and its articles'.</summary>
public sealed record BulletinProgress(string Id, string Status, string? Reason, DateTimeOffset ReceivedAt, BulletinFormat Format, string? Encoding, ArticlesProgress Articles);

/// <summary>Counts of the bulletin's articles per stage reached, and each article's stage.</summary>
public sealed record ArticlesProgress(int Total, int Parsed, int Enriched, int Published, IReadOnlyList<ArticleProgress> Items);

/// <summary>One article's stage.</summary>
public sealed record ArticleProgress(string Id, string Status);
