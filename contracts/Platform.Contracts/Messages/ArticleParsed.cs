namespace Platform.Contracts.Messages;

/// <summary>One article of a bulletin was parsed and stored; enrichment fans out on this event.</summary>
/// <param name="ArticleId">Deterministic article id: bulletin id, a dash and the two-digit ordinal.</param>
/// <param name="BulletinId">Id of the bulletin the article belongs to.</param>
/// <param name="Ordinal">1-based position of the article in the bulletin's reading order.</param>
public sealed record ArticleParsed(string ArticleId, string BulletinId, int Ordinal);
