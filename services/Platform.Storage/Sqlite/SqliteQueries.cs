using Microsoft.Data.Sqlite;

namespace Platform.Storage.Sqlite;

/// <summary>The read path the SQLite stores share: one prepared statement on a kept connection, each row mapped as it is read.</summary>
internal static class SqliteQueries
{
    /// <summary>Every row <paramref name="sql"/> selects, mapped by <paramref name="map"/>, in the order read.</summary>
    public static Task<IReadOnlyList<T>> QueryAsync<T>(this SqliteDatabase db, string sql, Action<SqliteCommand> bind,
        Func<SqliteDataReader, T> map, CancellationToken cancellationToken) =>
        db.ReadAsync(c => c.QueryAsync(null, sql, bind, map, cancellationToken), cancellationToken);

    /// <summary>The first row <paramref name="sql"/> selects, mapped by <paramref name="map"/>, or null when it selects none.</summary>
    public static Task<T?> QueryFirstAsync<T>(this SqliteDatabase db, string sql, Action<SqliteCommand> bind,
        Func<SqliteDataReader, T> map, CancellationToken cancellationToken) where T : class =>
        db.ReadAsync(async c =>
        {
            var cmd = c.Prepared(sql);
            bind(cmd);
            await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await r.ReadAsync(cancellationToken).ConfigureAwait(false) ? map(r) : null;
        }, cancellationToken);

    /// <summary>Every row <paramref name="sql"/> selects on <paramref name="c"/> (in <paramref name="tx"/>), in the order read.</summary>
    public static async Task<IReadOnlyList<T>> QueryAsync<T>(this SqliteConnection c, SqliteTransaction? tx, string sql, Action<SqliteCommand> bind,
        Func<SqliteDataReader, T> map, CancellationToken cancellationToken)
    {
        var cmd = c.Prepared(sql, tx);
        bind(cmd);
        var rows = new List<T>();
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false)) rows.Add(map(r));
        return rows;
    }
}
