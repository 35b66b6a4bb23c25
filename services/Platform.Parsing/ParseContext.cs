namespace Platform.Parsing;

/// <summary>Identity of the bulletin being parsed; the parser copies it into the documents.</summary>
public sealed record ParseContext(string BulletinId, string SourceId, string Sha256, DateTimeOffset ReceivedAt);
