using System.Buffers.Binary;
using Microsoft.Data.Sqlite;
using Platform.Contracts.Documents;
using Platform.Storage.Sqlite;

namespace Platform.Storage.Tests;

/// <summary>
/// A stage's write puts in the write-ahead log the pages of what it changes, not of every index the article is in: the
/// pipeline wrote about 2 MB per bulletin when each stage rewrote all of an article's indexed columns and topics.
/// </summary>
public sealed class SqliteLogPagesTests : IDisposable
{
    private const int Articles = 300;
    private const int Updated = 30;
    private readonly ScratchFolder _folder = new("log-pages-");

    [Fact]
    public async Task Changing_only_the_status_of_articles_does_not_rewrite_their_other_index_entries_or_topics()
    {
        var (store, keeper) = await FilledStoreAsync("status.db");
        await using var _ = keeper;

        for (var i = 0; i < Updated; i++)
        {
            var article = Spread(i) with { Status = PipelineStatus.Published, Version = 1 };
            Assert.True((await store.Articles.UpsertAsync(article, 1)).Succeeded);
        }

        // Each update rewrites its row and its status entry; all nine indexes and six topic entries were about 15 pages each.
        Assert.InRange(LogPages(store.FilePath), 1, Updated * 4);
        Assert.Equal(Updated, (await store.Articles.QueryAsync(new ArticleQuery(Status: PipelineStatus.Published, Limit: 500))).Items.Count);
        Assert.Equal(Articles / 7 + 1, (await store.Articles.QueryAsync(new ArticleQuery(Topic: "t0", Limit: 500))).Items.Count);
    }

    [Fact]
    public async Task Changed_columns_and_topics_are_still_written_and_the_unchanged_ones_kept()
    {
        var (store, keeper) = await FilledStoreAsync("changed.db");
        await using var _ = keeper;
        var before = Spread(3);
        var after = StoreDocuments.Article(before.BulletinId, 1, region: "110108", topics: ["t3", "moved"], date: before.Enrichment!.Date,
            fingerprint: 3) with { Version = 1 };

        Assert.True((await store.Articles.UpsertAsync(after, 1)).Succeeded);

        Assert.Contains(after.Id, (await store.Articles.QueryAsync(new ArticleQuery(RegionPrefix: "110108", Limit: 500))).Items.Select(a => a.Id));
        Assert.Contains(after.Id, (await store.Articles.QueryAsync(new ArticleQuery(Topic: "moved", Limit: 500))).Items.Select(a => a.Id));
        Assert.Contains(after.Id, (await store.Articles.QueryAsync(new ArticleQuery(Topic: "t3", Limit: 500))).Items.Select(a => a.Id));
        Assert.DoesNotContain(after.Id, (await store.Articles.QueryAsync(new ArticleQuery(Topic: "u3", Limit: 500))).Items.Select(a => a.Id));
        Assert.Contains(after.Id, (await store.Articles.QueryAsync(new ArticleQuery(From: before.Enrichment.Date, To: before.Enrichment.Date, Limit: 500))).Items.Select(a => a.Id));
        var candidates = await store.Articles.FindFingerprintCandidatesAsync(3, "another", 500);
        Assert.Contains(after.Id, candidates.Select(c => c.ArticleId));
    }

    [Fact]
    public async Task Articles_stored_together_add_their_topics_at_the_end_of_each_topics_run()
    {
        var store = new SqliteDocumentStore(_folder.PathOf("topics.db"));
        await store.InitializeAsync();
        string[] topics = ["t0", "u0", "v0"];
        // Ids in no order, as real ones (hashes) are, all with the same three topics: each topic's run spans many pages.
        Article Tagged(int i) => Spread(i) with { Enrichment = Spread(i).Enrichment! with { Topics = [.. topics.Select(t => new TopicScore(t, t, 0.5, []))] } };
        for (var chunk = 0; chunk < 3000; chunk += 100)
        {
            var written = await Task.WhenAll(Enumerable.Range(chunk, 100).Select(i => store.Articles.UpsertAsync(Tagged(i), 0)));
            Assert.All(written, w => Assert.True(w.Succeeded));
        }
        await using var keeper = await EmptiedLogAsync(store.FilePath);

        // Holding the write lock while all 30 are queued puts them in one or two commits.
        await using (var hold = keeper.BeginTransaction(deferred: false))
        {
            var adding = Enumerable.Range(3000, Updated).Select(i => store.Articles.UpsertAsync(Tagged(i), 0)).ToArray();
            await hold.CommitAsync();
            Assert.All(await Task.WhenAll(adding), w => Assert.True(w.Succeeded));
        }

        // The rows of a commit share the last page of each topic's run and of the seq index: 10 to 14 pages in the log for
        // these 90 rows. Keyed by the article id, they were spread over the runs and the index: 81 to 117.
        var frames = LoggedPages(store.FilePath);
        await ExecuteAsync(keeper, "PRAGMA wal_checkpoint(TRUNCATE)");
        var topicPages = TreePages(store.FilePath, await RootPagesAsync(keeper, "article_topics"));
        Assert.InRange(frames.Count(topicPages.Contains), 1, 40);
        Assert.Equal(3000 + Updated, (await store.Articles.QueryAllAsync(new ArticleQuery(Topic: "u0"), CancellationToken.None)).Count);
    }

    public void Dispose() => _folder.Dispose();

    // The page number of each frame in the write-ahead log: a 32-byte header, then a 24-byte frame header (page number
    // first) and the page.
    private static List<long> LoggedPages(string path)
    {
        var log = File.ReadAllBytes(path + "-wal");
        var pages = new List<long>();
        for (var offset = 32; offset + 24 + 4096 <= log.Length; offset += 24 + 4096) pages.Add(BinaryPrimitives.ReadUInt32BigEndian(log.AsSpan(offset)));
        return pages;
    }

    private static async Task<List<long>> RootPagesAsync(SqliteConnection connection, string table)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT rootpage FROM sqlite_master WHERE tbl_name = @table AND rootpage > 0";
        cmd.Parameters.AddWithValue("@table", table);
        var roots = new List<long>();
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync()) roots.Add(r.GetInt64(0));
        return roots;
    }

    // The pages of the B-trees with these roots, read from the database file (this build has no dbstat): an interior
    // page (type 2 or 5) names its children in its cells and its right-most one in its header.
    private static HashSet<long> TreePages(string path, IEnumerable<long> roots)
    {
        var file = File.ReadAllBytes(path);
        var pages = new HashSet<long>();
        var pending = new Stack<long>(roots);
        while (pending.TryPop(out var page))
        {
            if (!pages.Add(page)) continue;
            var start = (int)(page - 1) * 4096;
            var header = start + (page == 1 ? 100 : 0);
            if (file[header] is not (2 or 5)) continue;
            pending.Push(BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(header + 8)));
            for (var cell = 0; cell < BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(header + 3)); cell++)
            {
                var at = start + BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(header + 12 + 2 * cell));
                pending.Push(BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(at)));
            }
        }
        return pages;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }

    // Articles spread over many pages of every index: distinct bulletins, regions, dates, fingerprints and three topics each.
    private static Article Spread(int i) =>
        StoreDocuments.Article($"b{i * 7919 % 100_003:D6}", 1, region: $"{110101 + i * 37 % 9000}", topics: [$"t{i % 7}", $"u{i % 11}", $"v{i % 13}"],
            date: new DateOnly(2020, 1, 1).AddDays(i * 13 % 1500), fingerprint: unchecked((ulong)i * 0x9E3779B97F4A7C15UL));

    private async Task<(SqliteDocumentStore Store, SqliteConnection Keeper)> FilledStoreAsync(string file)
    {
        var store = new SqliteDocumentStore(_folder.PathOf(file));
        await store.InitializeAsync();
        for (var i = 0; i < Articles; i++) Assert.True((await store.Articles.UpsertAsync(Spread(i), 0)).Succeeded);
        return (store, await EmptiedLogAsync(store.FilePath));
    }

    // The log is emptied here, so what is in it afterwards is what the writes after wrote; the connection keeps the file open.
    private static async Task<SqliteConnection> EmptiedLogAsync(string path)
    {
        var keeper = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await keeper.OpenAsync();
        await ExecuteAsync(keeper, "PRAGMA wal_checkpoint(TRUNCATE)");
        Assert.Equal(0, LogPages(path));
        return keeper;
    }

    private static long LogPages(string path)
    {
        var length = new FileInfo(path + "-wal").Length;
        // A 32-byte log header, then one 24-byte frame header and one 4,096-byte page per page written.
        return length <= 32 ? 0 : (length - 32) / (4096 + 24);
    }
}
