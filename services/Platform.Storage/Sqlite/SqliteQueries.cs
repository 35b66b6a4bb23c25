using Microsoft.Data.Sqlite;

namespace Platform.Storage.Sqlite;

/// <summary>The read path the SQLite stores share: one statement on a connection of its own, each row mapped as it is read.</summary>
internal static class SqliteQueries
{
    /// <summary>Every row <paramref name="sql"/> selects, mapped by <paramref name="map"/>, in the order read.</summary>
    public static async Task<IReadOnlyList<T>> QueryAsync<T>(this SqliteDatabase db, string sql, Action<SqliteCommand> bind,
        Func<SqliteDataReader, T> map, CancellationToken cancellationToken)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        bind(cmd);
        var rows = new List<T>();
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false)) rows.Add(map(r));
        return rows;
    }

    /// <summary>The first row <paramref name="sql"/> selects, mapped by <paramref name="map"/>, or null when it selects none.</summary>
    public static async Task<T?> QueryFirstAsync<T>(this SqliteDatabase db, string sql, Action<SqliteCommand> bind,
        Func<SqliteDataReader, T> map, CancellationToken cancellationToken) where T : class
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        bind(cmd);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await r.ReadAsync(cancellationToken).ConfigureAwait(false) ? map(r) : null;
    }
}
