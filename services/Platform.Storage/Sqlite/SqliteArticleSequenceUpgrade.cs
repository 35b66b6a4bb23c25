using Microsoft.Data.Sqlite;

namespace Platform.Storage.Sqlite;

/// <summary>
/// Rebuilds the articles and topics of a file made before articles had a declared <c>seq</c>, since SQLite cannot add a
/// primary key in place. Each article keeps its rowid as its seq, so arrival order is kept, and its topic rows move from
/// its id to its seq. Runs before <see cref="SqliteSchema.Create"/>, which then builds the indexes of the new tables.
/// </summary>
internal static class SqliteArticleSequenceUpgrade
{
    private const string Columns = "id, bulletin_id, version, kind, status, region_code, date, fp0, fp1, fp2, fp3, doc";

    // The old topic table is created empty when a file never had one, so that one statement list serves both. It is dropped
    // before the old articles, whose DROP would otherwise first delete its rows one by one through its foreign key.
    private const string Rebuild = $"""
        CREATE TABLE IF NOT EXISTS article_topics (article_id TEXT NOT NULL, topic TEXT NOT NULL);
        CREATE TABLE articles_by_seq ({SqliteSchema.ArticleColumns});
        INSERT INTO articles_by_seq (seq, {Columns}) SELECT rowid, {Columns} FROM articles ORDER BY rowid;
        CREATE TABLE article_topics_by_seq ({SqliteSchema.ArticleTopicColumns}) WITHOUT ROWID;
        INSERT INTO article_topics_by_seq (topic, article_seq)
            SELECT t.topic, a.seq FROM article_topics t JOIN articles_by_seq a ON a.id = t.article_id;
        DROP TABLE article_topics;
        DROP TABLE articles;
        ALTER TABLE articles_by_seq RENAME TO articles;
        ALTER TABLE article_topics_by_seq RENAME TO article_topics;
        """;

    public static async Task ApplyAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (!await IsNeededAsync(connection, null, cancellationToken).ConfigureAwait(false)) return;
        // Immediate, so that a second process opening the same file waits here and then finds the work done.
        await using var tx = connection.BeginTransaction(deferred: false);
        if (!await IsNeededAsync(connection, tx, cancellationToken).ConfigureAwait(false)) return;
        await using var rebuild = connection.CreateCommand();
        rebuild.Transaction = tx;
        rebuild.CommandText = Rebuild;
        await rebuild.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    // An articles table without a seq column is of the earlier layout; none at all means a new file.
    private static async Task<bool> IsNeededAsync(SqliteConnection connection, SqliteTransaction? tx, CancellationToken cancellationToken)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = """
            SELECT (SELECT count(*) FROM pragma_table_info('articles')) > 0
               AND (SELECT count(*) FROM pragma_table_info('articles') WHERE name = 'seq') = 0
            """;
        return (long)(await cmd.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! == 1;
    }
}
