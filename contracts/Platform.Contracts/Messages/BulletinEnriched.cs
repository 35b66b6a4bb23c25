namespace Platform.Contracts.Messages;

/// <summary>Every article of a bulletin that needed enrichment was enriched and stored; publishing takes the bulletin whole on this event.</summary>
/// <param name="BulletinId">Id of the enriched bulletin.</param>
/// <param name="ParserVersion">Version of the parser whose articles were enriched.</param>
public sealed record BulletinEnriched(string BulletinId, string ParserVersion);
