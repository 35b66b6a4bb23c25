namespace Platform.Contracts.Messages;

/// <summary>
/// One article of a bulletin was parsed and stored and is to be enriched alone. The pipeline announces whole bulletins
/// (<see cref="BulletinParsed"/>); this message is still consumed for what earlier versions queued and what is redriven.
/// </summary>
/// <param name="ArticleId">Deterministic article id: bulletin id, a dash and the two-digit ordinal.</param>
/// <param name="BulletinId">Id of the bulletin the article belongs to.</param>
/// <param name="Ordinal">1-based position of the article in the bulletin's reading order.</param>
public sealed record ArticleParsed(string ArticleId, string BulletinId, int Ordinal);
