using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Platform.Storage.Sqlite;

/// <summary>
/// Open connections to one file waiting between store calls, kept open so the statements prepared on them
/// (<see cref="SqlitePreparedStatements"/>) survive: Microsoft.Data.Sqlite's own pool keeps the native connection but
/// disposes every command when the connection closes. The most recently returned connection is handed out first, so
/// the few that a steady load needs stay warm; past <see cref="MaxIdle"/> a returned connection is closed.
/// </summary>
internal sealed class SqliteOpenConnections(
    Func<CancellationToken, Task<SqliteConnection>> open, Func<SqliteConnection, CancellationToken, Task> onTake)
{
    public const int MaxIdle = 16;
    private readonly ConcurrentStack<(SqliteConnection Connection, int Generation)> _idle = new();
    private int _generation;
    private int _idleCount;

    /// <summary>An open connection (an idle one, else a new one) with no transaction; give it back with <see cref="Return"/>.</summary>
    public async Task<(SqliteConnection Connection, int Generation)> TakeAsync(CancellationToken cancellationToken)
    {
        var generation = Volatile.Read(ref _generation);
        while (_idle.TryPop(out var idle))
        {
            Interlocked.Decrement(ref _idleCount);
            if (idle.Generation == generation)
            {
                await TakenAsync(idle.Connection, cancellationToken).ConfigureAwait(false);
                return idle;
            }
            await idle.Connection.DisposeAsync().ConfigureAwait(false);
        }
        return (await open(cancellationToken).ConfigureAwait(false), generation);
    }

    // What opening does on every call besides the native open (bounding the WAL) still runs once per call.
    private async Task TakenAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await onTake(connection, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Keeps <paramref name="connection"/> for the next caller when it is healthy: open, outside any transaction (a
    /// caller that failed half-way may have left one), and not from before a <see cref="Clear"/>.
    /// </summary>
    public void Return(SqliteConnection connection, int generation)
    {
        var healthy = connection.State == System.Data.ConnectionState.Open && generation == Volatile.Read(ref _generation)
            && SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) != 0;
        if (healthy)
        {
            if (Interlocked.Increment(ref _idleCount) <= MaxIdle)
            {
                _idle.Push((connection, generation));
                return;
            }
            Interlocked.Decrement(ref _idleCount);
        }
        connection.Dispose();
    }

    /// <summary>Closes the idle connections (the file's stores were disposed); those in use are closed when returned.</summary>
    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        while (_idle.TryPop(out var idle))
        {
            Interlocked.Decrement(ref _idleCount);
            idle.Connection.Dispose();
        }
    }
}
