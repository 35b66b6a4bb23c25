using Microsoft.Data.Sqlite;

namespace Platform.Storage.Sqlite;

/// <summary>The optimistic-concurrency write shared by bulletins and articles: insert-if-absent or compare-and-set on version.</summary>
internal static class SqliteVersionedWrite
{
    public static async Task<WriteResult> ExecuteAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string table,
        string id,
        long expectedVersion,
        IReadOnlyDictionary<string, object?> columns,
        CancellationToken cancellationToken)
    {
        var newVersion = expectedVersion + 1;
        if (expectedVersion == 0)
        {
            var names = string.Join(", ", columns.Keys);
            var values = string.Join(", ", columns.Keys.Select(k => "@" + k));
            var insert = connection.Prepared($"INSERT INTO {table} (id, version, {names}) VALUES (@id, @newVersion, {values}) ON CONFLICT(id) DO NOTHING", transaction);
            insert.With("@id", id).With("@newVersion", newVersion);
            foreach (var (name, value) in columns) insert.With("@" + name, value);
            if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1) return new WriteResult(true, newVersion);
            return new WriteResult(false, await VersionAsync(connection, transaction, table, id, cancellationToken).ConfigureAwait(false));
        }

        // The batch holds the write lock, so the row read here is the row the UPDATE finds.
        var compared = columns.Where(c => SqliteColumnChanges.IsComparable(c.Value)).Select(c => c.Key).ToList();
        var (version, stored) = await ReadAsync(connection, transaction, table, id, compared, cancellationToken).ConfigureAwait(false);
        if (version != expectedVersion) return new WriteResult(false, version);
        var changed = SqliteColumnChanges.Of(columns, stored);
        var sets = string.Concat(changed.Select(k => $", {k} = @{k}"));
        var update = connection.Prepared($"UPDATE {table} SET version = @newVersion{sets} WHERE id = @id AND version = @expected", transaction);
        update.With("@id", id).With("@newVersion", newVersion).With("@expected", expectedVersion);
        foreach (var name in changed) update.With("@" + name, columns[name]);
        if (await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1) return new WriteResult(true, newVersion);
        return new WriteResult(false, await VersionAsync(connection, transaction, table, id, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<(long Version, Dictionary<string, object?> Columns)> ReadAsync(
        SqliteConnection connection, SqliteTransaction transaction, string table, string id, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var select = connection.Prepared($"SELECT version{string.Concat(names.Select(n => ", " + n))} FROM {table} WHERE id = @id", transaction);
        select.With("@id", id);
        var stored = new Dictionary<string, object?>(names.Count, StringComparer.Ordinal);
        await using var r = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await r.ReadAsync(cancellationToken).ConfigureAwait(false)) return (0, stored);
        for (var i = 0; i < names.Count; i++) stored[names[i]] = r.IsDBNull(i + 1) ? null : r.GetValue(i + 1);
        return (r.GetInt64(0), stored);
    }

    private static async Task<long> VersionAsync(SqliteConnection connection, SqliteTransaction transaction, string table, string id, CancellationToken cancellationToken)
    {
        var current = connection.Prepared($"SELECT version FROM {table} WHERE id = @id", transaction);
        current.With("@id", id);
        return await current.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long v ? v : 0;
    }
}
