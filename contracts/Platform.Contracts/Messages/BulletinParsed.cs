namespace Platform.Contracts.Messages;

/// <summary>A whole bulletin was parsed and its articles were stored; enrichment takes the bulletin whole on this event.</summary>
/// <param name="BulletinId">Id of the parsed bulletin.</param>
/// <param name="ArticleCount">How many articles (all kinds) the bulletin holds; publishing is complete when this many are published.</param>
/// <param name="ParserVersion">Version of the parser that produced the documents.</param>
public sealed record BulletinParsed(string BulletinId, int ArticleCount, string ParserVersion);
