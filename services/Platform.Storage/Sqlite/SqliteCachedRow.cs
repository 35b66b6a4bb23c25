using Microsoft.Data.Sqlite;

namespace Platform.Storage.Sqlite;

/// <summary>A document row read against a cached version: its version, and its JSON unless it is the cached version.</summary>
internal sealed record SqliteCachedRow(long Version, byte[]? Json)
{
    /// <summary>Reads (document or NULL, version), the columns of the stores' version-checked reads.</summary>
    public static SqliteCachedRow Read(SqliteDataReader r) => new(r.GetInt64(1), r.IsDBNull(0) ? null : SqlitePacking.ReadUtf8(r, 0));
}
