using Microsoft.Data.Sqlite;

namespace Platform.Storage;

/// <summary>
/// Tells an unavailable store (worth waiting for: retry later, trip the circuit, report not-ready) from a failure
/// that waiting does not cure (a bug, an invalid document). SQLite reports a file another process holds
/// write-locked as SQLITE_BUSY once its busy timeout ran out, without the adapter's wrapping.
/// </summary>
public static class StoreErrors
{
    // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN
    private static readonly int[] UnavailableSqliteCodes = [5, 6, 10, 13, 14];

    public static bool IsUnavailable(Exception? error) => error switch
    {
        null => false,
        StoreUnavailableException => true,
        SqliteException sqlite => UnavailableSqliteCodes.Contains(sqlite.SqliteErrorCode),
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsUnavailable),
        _ => IsUnavailable(error.InnerException),
    };
}
