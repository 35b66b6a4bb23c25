using Platform.Contracts.Documents;

namespace Platform.Storage.Sqlite;

/// <summary>The embedded store adapter: one SQLite file (WAL) holding every collection.</summary>
public sealed class SqliteDocumentStore : DocumentStore
{
    // Enough for the bulletins in flight at the pipeline's concurrency (16 at a time, about 8 articles each) several times over.
    private const int CachedArticles = 1024;
    private const int CachedBulletins = 256;
    private readonly SqliteDatabase _db;

    public SqliteDocumentStore(string path, TimeProvider? time = null)
        : this(new SqliteDatabase(path), time ?? TimeProvider.System)
    {
    }

    private SqliteDocumentStore(SqliteDatabase db, TimeProvider time)
        : this(db, time, new SqliteDocumentCache<Article>(CachedArticles))
    {
    }

    private SqliteDocumentStore(SqliteDatabase db, TimeProvider time, SqliteDocumentCache<Article> articles)
        : base(new SqliteRawBulletinStore(db), new SqliteBulletinStore(db, new SqliteDocumentCache<Bulletin>(CachedBulletins)),
            new SqliteArticleStore(db, articles), new SqliteEventStore(db, time, articles),
            new SqliteSourceStore(db), new SqliteFailureStore(db), new SqliteSubscriptionStore(db), new SqliteLeaseStore(db),
            new SqliteKeyRingStore(db), new SqlitePipelineCounts(db))
    {
        _db = db;
    }

    public string FilePath => _db.FilePath;

    public override async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await _db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await SqliteArticleSequenceUpgrade.ApplyAsync(c, cancellationToken).ConfigureAwait(false);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = SqliteSchema.Create;
        await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (table, column, declaration) in SqliteSchema.AddedColumns)
        {
            await using var info = c.CreateCommand();
            info.CommandText = "SELECT count(*) FROM pragma_table_info(@table) WHERE name = @column";
            info.With("@table", table).With("@column", column);
            if ((long)(await info.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! > 0) continue;
            await using var add = c.CreateCommand();
            add.CommandText = $"ALTER TABLE {table} ADD COLUMN {column} {declaration}";
            try
            {
                await add.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Microsoft.Data.Sqlite.SqliteException ex) when (ex.Message.Contains("duplicate column", StringComparison.OrdinalIgnoreCase))
            {
                // Another process sharing the file added it first.
            }
        }
        await using var upgrade = c.CreateCommand();
        upgrade.CommandText = SqliteSchema.Upgrade;
        await upgrade.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await SqliteDeliverySchema.ApplyAsync(c, cancellationToken).ConfigureAwait(false);
    }

    public override async Task PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var c = await _db.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT count(*) FROM sqlite_master";
            await cmd.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex)
        {
            throw new StoreUnavailableException($"SQLite database '{_db.FilePath}' is not usable: {ex.Message}", ex);
        }
    }

    public override async Task CheckWritableAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await _db.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Takes the write lock and gives it back at once, waiting less than writers do so readiness answers in time.
            // One statement per command: Microsoft.Data.Sqlite reports a busy second statement of a batch as success.
            await ExecuteAsync(c, "PRAGMA busy_timeout=0", cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(c, "BEGIN IMMEDIATE", cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(c, "ROLLBACK", cancellationToken).ConfigureAwait(false);
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex) when (StoreErrors.IsUnavailable(ex))
        {
            throw new StoreUnavailableException($"SQLite database '{_db.FilePath}' cannot take a write (another process holds its write lock): {ex.Message}", ex);
        }
        finally
        {
            // The connection goes back to the pool, where its settings are kept (SqliteDatabase applies them once).
            await ExecuteAsync(c, SqliteDatabase.BusyTimeout, CancellationToken.None).ConfigureAwait(false);
        }
    }

    // Two seconds at most per statement, so readiness answers in time.
    private static Task ExecuteAsync(Microsoft.Data.Sqlite.SqliteConnection connection, string sql, CancellationToken cancellationToken) =>
        SqliteDatabase.ExecuteAsync(connection, sql, cancellationToken, timeoutSeconds: 2);

    public override ValueTask DisposeAsync()
    {
        _db.CloseIdleConnections();
        return ValueTask.CompletedTask;
    }
}
