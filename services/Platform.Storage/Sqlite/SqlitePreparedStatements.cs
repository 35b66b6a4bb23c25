using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Platform.Storage.Sqlite;

/// <summary>
/// Commands kept per open connection, keyed by their SQL, so a statement the stores run on every message is parsed and
/// planned once per connection instead of on every call: Microsoft.Data.Sqlite prepares each new command anew, and
/// that was a sixth of the embedded pipeline's CPU. The commands live as long as their connection stays open
/// (<see cref="SqliteOpenConnections"/> keeps it open between calls); closing it disposes them.
/// </summary>
internal static class SqlitePreparedStatements
{
    // The stores have a few dozen fixed statements; statements built from varying parts (the article query's filters,
    // the counted dedup keys) could fill a cache without bound, so a full cache starts again.
    private const int MaxPerConnection = 96;
    private static readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, SqliteCommand>> Caches = new();

    /// <summary>
    /// The command for <paramref name="sql"/> on this connection, with no parameters and in <paramref name="transaction"/>.
    /// It belongs to the connection: the caller binds and runs it and does not dispose it.
    /// </summary>
    public static SqliteCommand Prepared(this SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        var cache = Caches.GetValue(connection, _ => new Dictionary<string, SqliteCommand>(StringComparer.Ordinal));
        if (!cache.TryGetValue(sql, out var command))
        {
            if (cache.Count >= MaxPerConnection)
            {
                foreach (var old in cache.Values) old.Dispose();
                cache.Clear();
            }
            command = connection.CreateCommand();
            command.CommandText = sql;
            cache.Add(sql, command);
        }
        command.Parameters.Clear();
        command.Transaction = transaction;
        return command;
    }
}
