using System.Collections.Concurrent;

namespace Platform.Storage.Sqlite;

/// <summary>
/// The documents this process wrote or read last, by id with their version and JSON. Each stage reads the document
/// the stage before it wrote a moment earlier (enrich the parsed article and its bulletin, publish the enriched
/// article, the bulletin again for every article); unpacking and deserializing them again was a large share of the
/// embedded pipeline's CPU. A hit is only used after the store confirms the stored version is still the cached one
/// (<see cref="KnownVersion"/> in the query), so a write by another process or store is never hidden. A document whose
/// JSON is over <see cref="MaxEntryBytes"/> is not kept: the capacity counts documents, and a few maximum-size bodies
/// (tens of MB each as JSON and objects) would fill a container's heap (issue 13 item 12).
/// </summary>
internal sealed class SqliteDocumentCache<T>(int capacity) where T : class
{
    /// <summary>The version no stored document has: the query then returns the document.</summary>
    public const long NoVersion = -1;

    /// <summary>The largest JSON kept; articles of ordinary bulletins are a few KB to a few hundred.</summary>
    public const int MaxEntryBytes = 1 << 20;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public sealed record Entry(long Version, T Document, byte[] Json);

    /// <summary>The cached entry of <paramref name="id"/>, or null.</summary>
    public Entry? Find(string id) => _entries.TryGetValue(id, out var entry) ? entry : null;

    /// <summary>The version to compare with the stored one: the cached version, or <see cref="NoVersion"/>.</summary>
    public long KnownVersion(string id) => Find(id)?.Version ?? NoVersion;

    /// <summary>
    /// Document <paramref name="id"/> read with <paramref name="sql"/> (see <see cref="SqliteArticleStore.GetSql"/>): the
    /// cached one when the store still holds its version, else the stored one, which is then cached.
    /// </summary>
    public async Task<T?> GetAsync(SqliteDatabase db, string sql, string id, Func<byte[], long, T> read, CancellationToken cancellationToken)
    {
        var cached = Find(id);
        var row = await db.QueryFirstAsync(sql, cmd => cmd.With("@id", id).With("@known", cached?.Version ?? NoVersion),
            SqliteCachedRow.Read, cancellationToken).ConfigureAwait(false);
        if (row is null) return null;
        if (row.Json is null) return cached!.Document;
        var document = read(row.Json, row.Version);
        Put(id, row.Version, document, row.Json);
        return document;
    }

    /// <summary>Remembers <paramref name="document"/> at <paramref name="version"/>; the ids first put longest ago are forgotten past the capacity.</summary>
    public void Put(string id, long version, T document, byte[] json)
    {
        if (json.Length > MaxEntryBytes)
        {
            // Its older version, if kept, is dropped too; its place in the order goes when it comes round.
            _entries.TryRemove(id, out _);
            return;
        }
        var entry = new Entry(version, document, json);
        var added = false;
        // AddOrUpdate may run both factories when another writer races it; the one it ran last says what happened.
        _entries.AddOrUpdate(id, _ => { added = true; return entry; }, (_, _) => { added = false; return entry; });
        // Only a new id takes a place in the order. Each stage writes an article again; queueing every write filled the
        // order with repeats, and under load an article was forgotten before its next stage read it.
        if (added) _order.Enqueue(id);
        while (_order.Count > capacity && _order.TryDequeue(out var oldest)) _entries.TryRemove(oldest, out _);
    }
}
