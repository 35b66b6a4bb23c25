using Microsoft.Data.Sqlite;

namespace Platform.Storage.Sqlite;

/// <summary>
/// Opens connections to one SQLite file. WAL and a busy timeout make it safe for several
/// processes on one machine to share the file (readers never block the single writer).
/// </summary>
public sealed class SqliteDatabase
{
    private readonly string _connectionString;

    public SqliteDatabase(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        FilePath = full;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>Absolute path of the database file.</summary>
    public string FilePath { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var pragma = connection.CreateCommand();
            // busy_timeout: wait for another process's write lock instead of failing with SQLITE_BUSY.
            pragma.CommandText = "PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;";
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new StoreUnavailableException($"SQLite database '{FilePath}' cannot be opened: {ex.Message}", ex);
        }
    }
}
