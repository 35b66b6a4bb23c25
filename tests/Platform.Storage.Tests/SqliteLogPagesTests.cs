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
        var tagged = await LogPagesOfAddingAsync("tagged.db", ["t0", "u0", "v0"]);
        var untagged = await LogPagesOfAddingAsync("untagged.db", []);

        // The same articles with and without topics: the difference is what their topic rows cost. The rows of one commit
        // share the last page of each topic's run and of the seq index, so it was within the commits' own variation (about
        // ten pages). Keyed by the article id, these 30 articles' rows were spread over the runs and the index: 67 to 93.
        Assert.True(tagged.Pages - untagged.Pages <= 20, $"{tagged.Pages} log pages with topics, {untagged.Pages} without");
        Assert.Equal(3000 + Updated, tagged.Found);
        Assert.Equal(0, untagged.Found);
    }

    public void Dispose() => _folder.Dispose();

    // 3,000 articles stored, then 30 more at once; the log pages of those 30 and the articles found by one topic after.
    private async Task<(long Pages, int Found)> LogPagesOfAddingAsync(string file, string[] topics)
    {
        var store = new SqliteDocumentStore(_folder.PathOf(file));
        await store.InitializeAsync();
        // Ids in no order, as real ones (hashes) are: each topic's run spans many pages.
        Article Tagged(int i) => Spread(i) with { Enrichment = Spread(i).Enrichment! with { Topics = [.. topics.Select(t => new TopicScore(t, t, 0.5, []))] } };
        for (var chunk = 0; chunk < 3000; chunk += 100)
        {
            var written = await Task.WhenAll(Enumerable.Range(chunk, 100).Select(i => store.Articles.UpsertAsync(Tagged(i), 0)));
            Assert.All(written, w => Assert.True(w.Succeeded));
        }
        await using var keeper = await EmptiedLogAsync(store.FilePath);

        // Holding the write lock until all 30 are queued puts them in one commit, or two if the first was taken alone.
        await using (var hold = keeper.BeginTransaction(deferred: false))
        {
            var adding = Enumerable.Range(3000, Updated).Select(i => store.Articles.UpsertAsync(Tagged(i), 0)).ToArray();
            await hold.CommitAsync();
            var added = await Task.WhenAll(adding);
            Assert.All(added, w => Assert.True(w.Succeeded));
        }
        var pages = LogPages(store.FilePath);
        var found = 0;
        string? cursor = null;
        do
        {
            var page = await store.Articles.QueryAsync(new ArticleQuery(Topic: "u0", Limit: 500, Cursor: cursor));
            found += page.Items.Count;
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        return (pages, found);
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
        await using var checkpoint = keeper.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        await checkpoint.ExecuteNonQueryAsync();
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
