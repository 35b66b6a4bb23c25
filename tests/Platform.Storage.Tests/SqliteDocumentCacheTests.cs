using Microsoft.Data.Sqlite;
using Platform.Contracts.Documents;
using Platform.Storage.Sqlite;

namespace Platform.Storage.Tests;

/// <summary>
/// A store reads back the documents it wrote without unpacking them again, but never hides a version written by
/// another store or process on the same file.
/// </summary>
public sealed class SqliteDocumentCacheTests : IAsyncLifetime
{
    private const string FileName = "platform.db";
    private readonly string _dir = Directory.CreateTempSubdirectory("store-cache-").FullName;
    private SqliteDocumentStore _store = null!;
    private SqliteDocumentStore _other = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteDocumentStore(Path.Combine(_dir, FileName));
        await _store.InitializeAsync();
        _other = new SqliteDocumentStore(Path.Combine(_dir, FileName));
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        await _other.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task An_article_written_here_reads_back_as_written_without_its_document_leaving_the_store()
    {
        var written = StoreDocuments.Article("ca", 1, title: "第一版");
        var result = await _store.Articles.UpsertAsync(written, 0);

        var read = await _store.Articles.GetAsync(written.Id);

        Assert.Same(read, await _store.Articles.GetAsync(written.Id));
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(written with { Version = result.Version }, DocumentJson.Options),
            System.Text.Json.JsonSerializer.Serialize(read, DocumentJson.Options));
    }

    [Fact]
    public async Task An_article_changed_by_another_store_on_the_file_is_read_at_its_new_version()
    {
        var first = StoreDocuments.Article("cb", 1, title: "第一版");
        await _store.Articles.UpsertAsync(first, 0);
        Assert.Equal("第一版", (await _store.Articles.GetAsync(first.Id))!.Title);

        Assert.True((await _other.Articles.UpsertAsync(first with { Title = "第二版" }, 1)).Succeeded);

        var read = await _store.Articles.GetAsync(first.Id);
        Assert.Equal(("第二版", 2L), (read!.Title, read.Version));
    }

    [Fact]
    public async Task A_bulletin_changed_by_another_store_on_the_file_is_read_at_its_new_version()
    {
        var bulletin = StoreDocuments.Bulletin("cc");
        await _store.Bulletins.UpsertAsync(bulletin, 0);
        Assert.Equal(PipelineStatus.Parsed, (await _store.Bulletins.GetAsync(bulletin.Id))!.Status);

        Assert.True((await _other.Bulletins.UpsertAsync(bulletin with { Status = PipelineStatus.Published }, 1)).Succeeded);

        Assert.Equal(PipelineStatus.Published, (await _store.Bulletins.GetAsync(bulletin.Id))!.Status);
    }

    [Fact]
    public async Task An_event_of_an_article_changed_by_another_store_is_compared_with_the_stored_version()
    {
        var first = StoreDocuments.Article("cd", 1, title: "第一版");
        await _store.Articles.UpsertAsync(first, 0);
        var second = first with { Title = "第二版", Version = 2 };
        await _other.Articles.UpsertAsync(second, 1);

        // The payload is the stored (second) version: it is referenced, not copied, though the cache held the first.
        var json = System.Text.Json.JsonSerializer.Serialize(second, DocumentJson.Options);
        await _store.Events.AppendAsync(new NewEvent("k1", "article.published", first.Id, "rk", json));

        Assert.Equal(json, Assert.Single(await _store.Events.ReadAsync(0, 10)).DataJson);
        await using var c = new SqliteConnection($"Data Source={Path.Combine(_dir, FileName)}");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT article_version FROM events";
        Assert.Equal(2L, await cmd.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_document_missing_from_the_store_reads_as_missing_though_it_was_cached()
    {
        var article = StoreDocuments.Article("ce", 1);
        await _store.Articles.UpsertAsync(article, 0);
        await using (var c = new SqliteConnection($"Data Source={Path.Combine(_dir, FileName)}"))
        {
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = "DELETE FROM article_topics; DELETE FROM articles";
            await cmd.ExecuteNonQueryAsync();
        }

        Assert.Null(await _store.Articles.GetAsync(article.Id));
    }

    [Fact]
    public void An_id_written_again_keeps_its_one_place_so_the_cache_holds_as_many_distinct_documents_as_its_capacity()
    {
        var cache = new SqliteDocumentCache<string>(3);
        cache.Put("a", 1, "parsed", []);
        cache.Put("a", 2, "enriched", []);
        cache.Put("a", 3, "published", []);
        cache.Put("b", 1, "parsed", []);
        cache.Put("c", 1, "parsed", []);

        Assert.Equal((3L, "published"), (cache.Find("a")!.Version, cache.Find("a")!.Document));

        cache.Put("d", 1, "parsed", []);
        Assert.Null(cache.Find("a"));
        Assert.Equal(["b", "c", "d"], new[] { "a", "b", "c", "d" }.Where(id => cache.Find(id) is not null));
    }

    [Fact]
    public void A_document_whose_json_is_over_the_entry_limit_is_not_kept_and_its_older_version_is_dropped()
    {
        var cache = new SqliteDocumentCache<string>(3);
        cache.Put("a", 1, "parsed", new byte[SqliteDocumentCache<string>.MaxEntryBytes]);
        Assert.Equal(1L, cache.Find("a")!.Version);

        cache.Put("a", 2, "enriched", new byte[SqliteDocumentCache<string>.MaxEntryBytes + 1]);

        Assert.Null(cache.Find("a"));
        Assert.Equal(SqliteDocumentCache<string>.NoVersion, cache.KnownVersion("a"));
    }
}
