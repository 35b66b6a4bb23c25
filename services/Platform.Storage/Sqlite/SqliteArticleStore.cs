using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Platform.Contracts;
using Platform.Contracts.Documents;

namespace Platform.Storage.Sqlite;

internal sealed class SqliteArticleStore(SqliteDatabase db, SqliteDocumentCache<Article> cache) : IArticleStore
{
    private readonly SqliteVersionedDocuments<Article> _articles = new(db, "articles", cache, (a, version) => a with { Version = version }, a => a.Status,
        (a, status) => a with { Status = status });

    /// <summary>How an article is read through the cache (see <see cref="SqliteVersionedDocuments{T}.GetSqlOf"/>).</summary>
    internal static readonly string GetSql = SqliteVersionedDocuments<Article>.GetSqlOf("articles");

    public Task<Article?> GetAsync(string id, CancellationToken cancellationToken = default) => _articles.GetAsync(id, cancellationToken);

    public async Task<WriteResult> UpsertAsync(Article article, long expectedVersion, CancellationToken cancellationToken = default)
    {
        var bands = FingerprintBands.TryParse(article.Enrichment?.Fingerprint, out var fp) ? FingerprintBands.Of(fp) : null;
        var columns = new Dictionary<string, object?>
        {
            ["bulletin_id"] = article.BulletinId,
            ["kind"] = WireNames.Of(article.Kind),
            ["status"] = WireNames.Of(article.Status),
            ["region_code"] = article.Enrichment?.Regions.Primary?.Code,
            ["date"] = article.Enrichment?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["fp0"] = bands?[0], ["fp1"] = bands?[1], ["fp2"] = bands?[2], ["fp3"] = bands?[3],
        };
        var packed = _articles.Pack(article.Id, article, expectedVersion);
        columns["doc"] = packed.Doc;
        var written = await db.WriteAsync(async (c, tx) =>
        {
            if (expectedVersion > 0)
            {
                await SqliteEventCopies.MaterializeAsync(c, tx, article.Id, cancellationToken).ConfigureAwait(false);
            }
            var result = await SqliteVersionedWrite.ExecuteAsync(c, tx, _articles.Table, article.Id, expectedVersion, columns, cancellationToken)
                .ConfigureAwait(false);
            if (result.Succeeded)
            {
                await ReplaceTopicsAsync(c, tx, article, cancellationToken).ConfigureAwait(false);
            }
            return result;
        }).ConfigureAwait(false);
        // Only once committed: the next stage reads it back from here.
        return _articles.Remember(article.Id, written, packed);
    }

    // Only the topics that changed are deleted or added: the publish stage rewrote the same topics the enrich stage had
    // just written. The rows are keyed by the article's seq (SqliteSchema says why).
    private static async Task ReplaceTopicsAsync(SqliteConnection c, SqliteTransaction tx, Article article, CancellationToken cancellationToken)
    {
        var wanted = (article.Enrichment?.Topics.Select(t => t.Id) ?? []).ToHashSet(StringComparer.Ordinal);
        // The row was just written, so its seq is there; looked up once rather than in every statement below.
        var lookup = c.Prepared("SELECT seq FROM articles WHERE id = @id", tx);
        lookup.With("@id", article.Id);
        var seq = (long)(await lookup.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        var stored = new HashSet<string>(StringComparer.Ordinal);
        var read = c.Prepared("SELECT topic FROM article_topics WHERE article_seq = @seq", tx);
        read.With("@seq", seq);
        await using (var r = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false)) stored.Add(r.GetString(0));
        }
        foreach (var topic in stored.Where(t => !wanted.Contains(t)))
        {
            var remove = c.Prepared("DELETE FROM article_topics WHERE topic = @topic AND article_seq = @seq", tx);
            remove.With("@seq", seq).With("@topic", topic);
            await remove.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        foreach (var topic in wanted.Where(t => !stored.Contains(t)))
        {
            var add = c.Prepared("INSERT INTO article_topics (topic, article_seq) VALUES (@topic, @seq)", tx);
            add.With("@seq", seq).With("@topic", topic);
            await add.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<Page<Article>> QueryAsync(ArticleQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var limit = Math.Clamp(query.Limit, 1, 500);
        var where = new StringBuilder("WHERE 1 = 1");
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = c.CreateCommand();
        if (query.RegionPrefix is { Length: > 0 } prefix)
        {
            // Range scan instead of LIKE so the index is used and '%'/'_' in input mean nothing.
            where.Append(" AND region_code >= @rp AND region_code < @rpEnd");
            cmd.With("@rp", prefix).With("@rpEnd", prefix + "\uffff");
        }
        if (query.Topic is { Length: > 0 } topic)
        {
            where.Append(" AND seq IN (SELECT article_seq FROM article_topics WHERE topic = @topic)");
            cmd.With("@topic", topic);
        }
        if (query.Kind is { } kind)
        {
            where.Append(" AND kind = @kind");
            cmd.With("@kind", WireNames.Of(kind));
        }
        if (query.Status is { } status)
        {
            where.Append(" AND status = @status");
            cmd.With("@status", WireNames.Of(status));
        }
        if (query.From is { } from)
        {
            where.Append(" AND date >= @from");
            cmd.With("@from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (query.To is { } to)
        {
            where.Append(" AND date <= @to");
            cmd.With("@to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (query.BulletinId is { Length: > 0 } bulletinId)
        {
            where.Append(" AND bulletin_id = @bid");
            cmd.With("@bid", bulletinId);
        }
        if (query.TextContains is { Length: > 0 } text)
        {
            SqlitePacking.RegisterFunctions(c);
            where.Append(" AND (instr(json_extract(doc_json(doc), '$.title'), @text) > 0 OR instr(json_extract(doc_json(doc), '$.text'), @text) > 0)");
            cmd.With("@text", text);
        }
        if (query.Cursor is { Length: > 0 } cursor)
        {
            where.Append(" AND id > @cursor");
            cmd.With("@cursor", cursor);
        }
        cmd.CommandText = $"SELECT doc, version FROM articles {where} ORDER BY id LIMIT @limit";
        cmd.With("@limit", limit + 1);
        var items = new List<Article>();
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false)) items.Add(_articles.Read(r));
        var hasMore = items.Count > limit;
        if (hasMore) items.RemoveAt(items.Count - 1);
        return new Page<Article>(items, hasMore ? items[^1].Id : null);
    }

    /// <summary>
    /// The ids of one bulletin's articles in one status. The unary <c>+</c> keeps the planner off the status index: with
    /// both columns compared for equality it chose ix_articles_status and read every published article in the store for
    /// each article published (the publish stage's completeness check), which was most of the pipeline's CPU.
    /// </summary>
    internal const string ListIdsSql = "SELECT id FROM articles WHERE bulletin_id = @bid AND +status = @status";

    public async Task<IReadOnlySet<string>> ListIdsAsync(string bulletinId, PipelineStatus status, CancellationToken cancellationToken = default)
    {
        var ids = await db.QueryAsync(ListIdsSql, cmd => cmd.With("@bid", bulletinId).With("@status", WireNames.Of(status)),
            r => r.GetString(0), cancellationToken).ConfigureAwait(false);
        return ids.ToHashSet(StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<FingerprintMatch>> FindFingerprintCandidatesAsync(
        ulong fingerprint, string excludeBulletinId, int limit, CancellationToken cancellationToken = default)
    {
        var bands = FingerprintBands.Of(fingerprint);
        // One index lookup per band (an OR with ORDER BY id let the planner walk the whole table in id order), and the
        // fingerprint put back together from its bands instead of read out of the document.
        return await db.QueryAsync(FingerprintCandidatesSql, cmd => cmd.With("@b0", bands[0]).With("@b1", bands[1]).With("@b2", bands[2])
            .With("@b3", bands[3]).With("@exclude", excludeBulletinId).With("@limit", limit),
            r => new FingerprintMatch(r.GetString(0), unchecked((ulong)r.GetInt64(1))), cancellationToken).ConfigureAwait(false);
    }

    internal const string FingerprintCandidatesSql = """
            SELECT id, fp0 | (fp1 << 16) | (fp2 << 32) | (fp3 << 48) FROM (
                SELECT id, bulletin_id, fp0, fp1, fp2, fp3 FROM articles WHERE fp0 = @b0
                UNION SELECT id, bulletin_id, fp0, fp1, fp2, fp3 FROM articles WHERE fp1 = @b1
                UNION SELECT id, bulletin_id, fp0, fp1, fp2, fp3 FROM articles WHERE fp2 = @b2
                UNION SELECT id, bulletin_id, fp0, fp1, fp2, fp3 FROM articles WHERE fp3 = @b3)
            WHERE bulletin_id <> @exclude
            ORDER BY id LIMIT @limit
            """;
}
