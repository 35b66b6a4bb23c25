namespace Platform.Contracts.Messages;

/// <summary>
/// An article's enrichment (regions, dates, topics…) was computed and stored, and it is to be published alone. The pipeline
/// announces whole bulletins (<see cref="BulletinEnriched"/>); this message is still consumed for what earlier versions
/// queued and what is redriven.
/// </summary>
/// <param name="ArticleId">Id of the enriched article.</param>
/// <param name="BulletinId">Id of the bulletin the article belongs to.</param>
public sealed record ArticleEnriched(string ArticleId, string BulletinId);
