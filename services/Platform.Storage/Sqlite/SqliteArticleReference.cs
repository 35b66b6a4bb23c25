namespace Platform.Storage.Sqlite;

/// <summary>An event's data held as a reference: the article's stored <paramref name="Version"/>, without the top-level properties named in <paramref name="Dropped"/> ("" = whole).</summary>
internal sealed record SqliteArticleReference(long Version, string Dropped);
