using System.Text.Json;
using Microsoft.Data.Sqlite;
using Platform.Contracts.Documents;

namespace Platform.Storage.Sqlite;

/// <summary>
/// A table of packed JSON documents with a <c>version</c> column (bulletins, articles): how one is read by id, how a
/// selected <c>doc, version</c> row becomes a document, and how a document is packed for its next version. The
/// optimistic-concurrency write itself is <see cref="SqliteVersionedWrite"/>.
/// </summary>
internal sealed class SqliteVersionedDocuments<T>(SqliteDatabase db, string table, Func<T, long, T> withVersion) where T : class
{
    public string Table { get; } = table;

    public Task<T?> GetAsync(string id, CancellationToken cancellationToken) =>
        db.QueryFirstAsync($"SELECT doc, version FROM {Table} WHERE id = @id", cmd => cmd.With("@id", id), Read, cancellationToken);

    /// <summary>The document of a row whose first two columns are <c>doc, version</c>.</summary>
    public T Read(SqliteDataReader row) =>
        withVersion(JsonSerializer.Deserialize<T>(SqlitePacking.ReadUtf8(row, 0), DocumentJson.Options)!, row.GetInt64(1));

    /// <summary>The <c>doc</c> column of <paramref name="document"/> as written over <paramref name="expectedVersion"/>.</summary>
    public byte[] Pack(T document, long expectedVersion) =>
        SqlitePacking.Pack(JsonSerializer.SerializeToUtf8Bytes(withVersion(document, expectedVersion + 1), DocumentJson.Options));
}
