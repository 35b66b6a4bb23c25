using Microsoft.Data.Sqlite;

namespace Platform.Storage.Sqlite;

/// <summary>
/// The tables of the delivery guarantees, beside <see cref="SqliteSchema"/>: named leases (one dispatcher however many
/// replicas), the event quarantine, the index stalled-work recovery reads bulletins by (their <c>status</c> column, kept
/// beside the packed document and filled in for files written before it existed). Its columns (bulletins' <c>status</c>,
/// events' <c>data_ref</c>) are added through <see cref="SqliteSchema.AddedColumns"/> like every other added column.
/// </summary>
internal static class SqliteDeliverySchema
{
    private const string Create = """
        CREATE TABLE IF NOT EXISTS leases (
            name TEXT PRIMARY KEY,
            owner TEXT NOT NULL,
            expires_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS event_quarantine (
            sequence INTEGER PRIMARY KEY,
            reason TEXT NOT NULL,
            at TEXT NOT NULL);
        UPDATE bulletins SET status = json_extract(doc_json(doc), '$.status') WHERE status IS NULL;
        CREATE INDEX IF NOT EXISTS ix_bulletins_status ON bulletins(status, id);
        """;

    public static async Task ApplyAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        SqlitePacking.RegisterFunctions(connection);
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = Create;
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
