using Microsoft.Data.Sqlite;

namespace Platform.Storage.Sqlite;

/// <summary>
/// Opens connections to one SQLite file. WAL and a busy timeout make it safe for several
/// processes on one machine to share the file (readers never block the single writer).
/// </summary>
public sealed class SqliteDatabase
{
    // Readers that always overlap keep SQLite's automatic (passive) checkpoints from ever finishing, so the WAL
    // grew to several times the database under load. Past this size (16 MB) one opener runs a TRUNCATE checkpoint, which
    // waits for the readers of older snapshots and then empties the file.
    internal const long WalLimitBytes = 16 * 1024 * 1024;

    // How long that checkpoint waits for readers of older snapshots. It holds the write lock while it waits, and it runs
    // inside a store call; with the connection's 10 s busy timeout, one long reader stalled every write for 10 s.
    // A checkpoint that gives up is tried again at a later check.
    private const int TruncateWaitMs = 250;
    private static readonly long CheckInterval = System.Diagnostics.Stopwatch.Frequency;
    // One writer gate per database file in this process (stores opened twice on one file share it).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim> WriterGates = new(StringComparer.Ordinal);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<SqliteGroupCommit>> GroupCommits = new(StringComparer.Ordinal);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SqliteOpenConnections> OpenConnections = new(StringComparer.Ordinal);
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SQLitePCL.sqlite3, string> Configured = new();
    private readonly SemaphoreSlim _writerGate;
    private readonly Lazy<SqliteGroupCommit> _groupCommit;
    private readonly SqliteOpenConnections _connections;
    private readonly string _connectionString;
    private readonly string _walPath;
    private long _nextWalCheck;
    private int _checkpointing;

    public SqliteDatabase(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        FilePath = full;
        _walPath = full + "-wal";
        _writerGate = WriterGates.GetOrAdd(full, _ => new SemaphoreSlim(1, 1));
        _connections = OpenConnections.GetOrAdd(full, _ => new SqliteOpenConnections(OpenAsync, BoundWalAsync));
        _groupCommit = GroupCommits.GetOrAdd(full, _ => new Lazy<SqliteGroupCommit>(() => new SqliteGroupCommit(_connections, _writerGate)));
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>busy_timeout: wait for another process's write lock instead of failing with SQLITE_BUSY.</summary>
    internal const string BusyTimeout = "PRAGMA busy_timeout=10000";

    /// <summary>
    /// What every connection is set to when first opened (a connection that changes one of them sets it back).
    /// temp_store=MEMORY: with temporary storage in files, SQLite created, locked and unlinked a temp file about once per
    /// bulletin under load (most likely the sub-journal of a group commit's savepoints, which spills to a file past 64 KiB).
    /// </summary>
    internal const string ConnectionSettings = BusyTimeout + "; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY;";

    /// <summary>Absolute path of the database file.</summary>
    public string FilePath { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            // The settings stay with the native connection while it waits in the pool: parsing them on every open was
            // three statements per store call, so each native connection gets them once.
            if (!Configured.TryGetValue(connection.Handle!, out _))
            {
                using var pragma = connection.CreateCommand();
                pragma.CommandText = ConnectionSettings;
                await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                Configured.AddOrUpdate(connection.Handle!, ConnectionSettings);
            }
            await BoundWalAsync(connection, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new StoreUnavailableException($"SQLite database '{FilePath}' cannot be opened: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// A connection for writing: writers of this process take turns here, and the turn ends when the connection is
    /// closed. SQLite admits one writer at a time anyway, and its busy handler makes a waiting writer sleep in growing
    /// steps (up to 100 ms) however soon the lock is free; with every consumer writing, the pipeline spent most of its
    /// time asleep there. Other processes sharing the file still meet the busy timeout.
    /// </summary>
    public async Task<SqliteConnection> OpenForWriteAsync(CancellationToken cancellationToken)
    {
        await _writerGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        SqliteConnection connection;
        try
        {
            connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _writerGate.Release();
            throw;
        }
        var released = 0;
        connection.StateChange += (_, e) =>
        {
            if (e.CurrentState == System.Data.ConnectionState.Closed && Interlocked.Exchange(ref released, 1) == 0) _writerGate.Release();
        };
        return connection;
    }

    /// <summary>Runs a write in the next group commit (<see cref="SqliteGroupCommit"/>), in its own savepoint.</summary>
    internal Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work) => _groupCommit.Value.RunAsync(work);

    /// <summary>
    /// Runs <paramref name="work"/> on an open connection kept between calls, so the statements it prepares with
    /// <see cref="SqlitePreparedStatements.Prepared"/> are reused; a connection whose work failed is closed, not kept.
    /// </summary>
    internal async Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        var (connection, generation) = await _connections.TakeAsync(cancellationToken).ConfigureAwait(false);
        T result;
        try
        {
            result = await work(connection).ConfigureAwait(false);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        _connections.Return(connection, generation);
        return result;
    }

    /// <summary>Closes the connections this file's stores keep open between calls.</summary>
    internal void CloseIdleConnections() => _connections.Clear();

    private async Task BoundWalAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var now = System.Diagnostics.Stopwatch.GetTimestamp();
        var next = Interlocked.Read(ref _nextWalCheck);
        if (now < next || Interlocked.CompareExchange(ref _nextWalCheck, now + CheckInterval, next) != next) return;
        var wal = new FileInfo(_walPath);
        if (!wal.Exists || wal.Length < WalLimitBytes || Interlocked.Exchange(ref _checkpointing, 1) == 1) return;
        try
        {
            // One statement per command: Microsoft.Data.Sqlite reports a busy second statement of a batch as success.
            await ExecuteAsync(connection, $"PRAGMA busy_timeout={TruncateWaitMs}", cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException)
        {
            // Busy past the wait: the next check tries again; the connection itself is fine.
        }
        finally
        {
            Volatile.Write(ref _checkpointing, 0);
            // The connection goes back to the pool; a failure here fails the call, and a failed connection is not kept.
            await ExecuteAsync(connection, BusyTimeout, CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Runs one statement. <paramref name="timeoutSeconds"/> bounds Microsoft.Data.Sqlite's own retries of a busy
    /// statement (the connection's 30 s when not given).
    /// </summary>
    internal static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, int? timeoutSeconds = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (timeoutSeconds is { } seconds) command.CommandTimeout = seconds;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
