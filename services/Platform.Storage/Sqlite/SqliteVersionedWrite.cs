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
        string sql;
        if (expectedVersion == 0)
        {
            var names = string.Join(", ", columns.Keys);
            var values = string.Join(", ", columns.Keys.Select(k => "@" + k));
            sql = $"INSERT INTO {table} (id, version, {names}) VALUES (@id, @newVersion, {values}) ON CONFLICT(id) DO NOTHING";
        }
        else
        {
            var sets = string.Join(", ", columns.Keys.Select(k => $"{k} = @{k}"));
            sql = $"UPDATE {table} SET version = @newVersion, {sets} WHERE id = @id AND version = @expected";
        }
        var cmd = connection.Prepared(sql, transaction);
        cmd.With("@id", id).With("@newVersion", newVersion).With("@expected", expectedVersion);
        foreach (var (name, value) in columns) cmd.With("@" + name, value);
        if (await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
        {
            return new WriteResult(true, newVersion);
        }
        var current = connection.Prepared($"SELECT version FROM {table} WHERE id = @id", transaction);
        current.With("@id", id);
        var version = await current.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return new WriteResult(false, version is long v ? v : 0);
    }
}
