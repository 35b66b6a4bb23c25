using Microsoft.Data.Sqlite;
using Platform.Contracts.Documents;
using Platform.Storage.Json;

namespace Platform.Storage.Sqlite;

/// <summary>
/// A table of packed JSON documents with a <c>version</c> column (bulletins, articles): how one is read by id through the
/// process's <see cref="SqliteDocumentCache{T}"/>, how a selected <c>doc, version</c> row becomes a document, and how a
/// document is packed for its next version. The optimistic-concurrency write itself is <see cref="SqliteVersionedWrite"/>.
/// </summary>
internal sealed class SqliteVersionedDocuments<T>(
    SqliteDatabase db, string table, SqliteDocumentCache<T> cache, Func<T, long, T> withVersion, Func<T, PipelineStatus> statusOf,
    Func<T, PipelineStatus, T> withStatus) where T : class
{
    private readonly string _getSql = GetSqlOf(table);

    public string Table { get; } = table;

    /// <summary>
    /// The stored version, and the document unless it is the version <c>@known</c> (NULL then): the version column comes
    /// before the document in the row, so checking a cached document reads none of its pages.
    /// </summary>
    public static string GetSqlOf(string table) => $"SELECT CASE WHEN version = @known THEN NULL ELSE doc END, version FROM {table} WHERE id = @id";

    public Task<T?> GetAsync(string id, CancellationToken cancellationToken) =>
        cache.GetAsync(db, _getSql, id, (json, version) => withVersion(StoredJson.Deserialize<T>(json)!, version), cancellationToken);

    /// <summary>The document of a row whose first two columns are <c>doc, version</c>.</summary>
    public T Read(SqliteDataReader row) =>
        withVersion(StoredJson.Deserialize<T>(SqlitePacking.ReadUtf8(row, 0))!, row.GetInt64(1));

    /// <summary>Document <paramref name="id"/> as written over <paramref name="expectedVersion"/>, with its JSON and its <c>doc</c> column.</summary>
    public PackedDocument Pack(string id, T document, long expectedVersion)
    {
        var stored = withVersion(document, expectedVersion + 1);
        var json = StatusChangeOf(id, stored, expectedVersion) ?? StoredJson.Serialize(stored);
        return new PackedDocument(stored, json, SqlitePacking.Pack(json, SqlitePackingQuality.Of(statusOf(document))));
    }

    // A write that only moves the document this process wrote or read last to another status (the publish stage's)
    // rewrites two values of its JSON instead of serializing all of it again, which was a third of the articles' JSON work.
    private byte[]? StatusChangeOf(string id, T stored, long expectedVersion)
    {
        if (expectedVersion <= 0 || cache.Find(id) is not { } previous || previous.Version != expectedVersion) return null;
        var status = statusOf(stored);
        if (!withVersion(withStatus(previous.Document, status), expectedVersion + 1).Equals(stored)) return null;
        return StatusRewrite.Apply(previous.Json, StoredJson.Serialize(status), StoredJson.Serialize(expectedVersion + 1));
    }

    /// <summary>Keeps a committed write for the next stage's read; a write that lost its version race is not kept.</summary>
    public WriteResult Remember(string id, WriteResult written, PackedDocument packed)
    {
        if (written.Succeeded) cache.Put(id, written.Version, packed.Stored, packed.Json);
        return written;
    }

    /// <summary>A document at the version it is written in, its JSON, and the packed bytes stored.</summary>
    public sealed record PackedDocument(T Stored, byte[] Json, byte[] Doc);
}
