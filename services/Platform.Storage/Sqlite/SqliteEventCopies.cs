using Microsoft.Data.Sqlite;

namespace Platform.Storage.Sqlite;

/// <summary>
/// Events that reference an article version (instead of holding a copy of their data) get their own copy of it
/// before the article changes: events never change, so the bytes they served stay the bytes they serve.
/// </summary>
internal static class SqliteEventCopies
{
    public static async Task MaterializeAsync(SqliteConnection c, SqliteTransaction tx, string articleId, CancellationToken cancellationToken)
    {
        var copies = new List<(long Sequence, byte[] Data)>();
        {
            var select = c.Prepared("""
                SELECT e.sequence, a.doc, e.article_view FROM events e JOIN articles a ON a.id = e.subject
                WHERE e.subject = @id AND e.article_version IS NOT NULL
                """, tx);
            select.With("@id", articleId);
            await using var r = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                // The whole document is copied as stored (packed or not); a projection is rebuilt and packed.
                var data = SqliteValues.ReadStringOrNull(r, 2) is { } dropped
                    ? SqlitePacking.Pack(DocumentProjection.Apply(SqlitePacking.ReadUtf8(r, 1), dropped))
                    : r.GetFieldType(1) == typeof(string) ? SqlitePacking.Pack(r.GetString(1)) : (byte[])r.GetValue(1);
                copies.Add((r.GetInt64(0), data));
            }
        }
        foreach (var (sequence, data) in copies)
        {
            var update = c.Prepared("UPDATE events SET data = @data, article_version = NULL, article_view = NULL WHERE sequence = @seq", tx);
            update.With("@data", data).With("@seq", sequence);
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
