using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Platform.Storage.Sqlite;

/// <summary>
/// Keeps one database file's write-ahead log near <see cref="LimitBytes"/>. Readers that always overlap keep SQLite's
/// automatic (passive) checkpoints from ever resetting the log, so it grew to several times the database under load.
/// <para>
/// Past the limit, a checkpoint runs in the background, never in a store call. First a passive one copies what it can
/// without blocking anyone. Then a truncating one runs while this process's writers wait at the writer gate, and it
/// waits at most <see cref="TruncateWait"/> for readers of older snapshots. A truncating checkpoint holds the write
/// lock while it waits, so it once ran inline with SQLite's 10 s busy timeout: every write stalled behind it,
/// and pushes waited up to 1.4 s at half load. A checkpoint that cannot finish in time is tried again at a later
/// check.
/// </para>
/// </summary>
internal sealed class SqliteWalBound(string walPath, string connectionString, SemaphoreSlim writerGate)
{
    public const long LimitBytes = 16 * 1024 * 1024;
    public static readonly TimeSpan TruncateWait = TimeSpan.FromMilliseconds(250);
    private static readonly long CheckInterval = Stopwatch.Frequency;
    private readonly string _checkpointConnection = new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString();
    private long _nextCheck;
    private int _running;

    /// <summary>The background checkpoint started by the last check, if any (tests wait for it).</summary>
    public Task Running { get; private set; } = Task.CompletedTask;

    /// <summary>At most once a second, looks at the log's size and starts a background checkpoint when it is over the limit.</summary>
    public void Check()
    {
        var now = Stopwatch.GetTimestamp();
        var next = Interlocked.Read(ref _nextCheck);
        if (now < next || Interlocked.CompareExchange(ref _nextCheck, now + CheckInterval, next) != next) return;
        var wal = new FileInfo(walPath);
        if (!wal.Exists || wal.Length < LimitBytes || Interlocked.Exchange(ref _running, 1) == 1) return;
        Running = Task.Run(CheckpointAsync);
    }

    private async Task CheckpointAsync()
    {
        try
        {
            // Not from the pool: the busy timeout set here must not follow the native connection back into it.
            await using var connection = new SqliteConnection(_checkpointConnection);
            await connection.OpenAsync().ConfigureAwait(false);
            await ExecuteAsync(connection, "PRAGMA busy_timeout=0; PRAGMA wal_checkpoint(PASSIVE)").ConfigureAwait(false);
            await writerGate.WaitAsync().ConfigureAwait(false);
            try
            {
                await ExecuteAsync(connection, $"PRAGMA busy_timeout={(int)TruncateWait.TotalMilliseconds}; PRAGMA wal_checkpoint(TRUNCATE)")
                    .ConfigureAwait(false);
            }
            finally
            {
                writerGate.Release();
            }
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            // Busy, or the file went away: a later check tries again, and no store call depends on this one.
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
