namespace Platform.Contracts.Messages;

/// <summary>An article's enrichment (regions, dates, topics…) was computed and stored.</summary>
/// <param name="ArticleId">Id of the enriched article.</param>
/// <param name="BulletinId">Id of the bulletin the article belongs to.</param>
public sealed record ArticleEnriched(string ArticleId, string BulletinId);
