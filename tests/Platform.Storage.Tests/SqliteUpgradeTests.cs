using System.Text.Json;
using Microsoft.Data.Sqlite;
using Platform.Contracts.Documents;
using Platform.Storage.Sqlite;

namespace Platform.Storage.Tests;

/// <summary>A file written before documents were packed is upgraded in place and everything in it still reads.</summary>
public sealed class SqliteUpgradeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("store-upgrade-").FullName;

    // The first schema's tables as far as these rows need them: plain JSON text, no packing or reference columns.
    private const string FirstSchema = """
        CREATE TABLE raw_bulletins (id TEXT PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, source_id TEXT NOT NULL, bytes BLOB NOT NULL,
            text TEXT NOT NULL, encoding TEXT NOT NULL, content_type TEXT, source_url TEXT, published_at TEXT, received_at TEXT NOT NULL,
            announced INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE articles (id TEXT PRIMARY KEY, bulletin_id TEXT NOT NULL, version INTEGER NOT NULL, kind TEXT NOT NULL,
            status TEXT NOT NULL, region_code TEXT, date TEXT, fp0 INTEGER, fp1 INTEGER, fp2 INTEGER, fp3 INTEGER, doc TEXT NOT NULL);
        CREATE TABLE events (sequence INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, dedup_key TEXT NOT NULL UNIQUE,
            type TEXT NOT NULL, subject TEXT NOT NULL, routing_key TEXT NOT NULL, time TEXT NOT NULL, data TEXT NOT NULL,
            dispatched INTEGER NOT NULL DEFAULT 0);
        """;

    [Fact]
    public async Task Rows_of_the_first_schema_read_after_initialize_and_new_rows_are_packed_beside_them()
    {
        var path = Path.Combine(_dir, "platform.db");
        var article = StoreDocuments.Article("up", 1, title: "旧文章") with { Version = 1 };
        var json = JsonSerializer.Serialize(article, DocumentJson.Options);
        await using (var c = new SqliteConnection($"Data Source={path}"))
        {
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = FirstSchema + """
                INSERT INTO raw_bulletins (id, sha256, source_id, bytes, text, encoding, received_at) VALUES ('up', 'sha', 'src', X'E4B8AD', '中', 'utf-8', '2024-05-31T08:00:00.0000000Z');
                INSERT INTO articles (id, bulletin_id, version, kind, status, doc) VALUES (@id, 'up', 1, 'article', 'enriched', @doc);
                INSERT INTO events (id, dedup_key, type, subject, routing_key, time, data) VALUES ('e1', 'k1', 'article.published', @id, 'rk', '2024-05-31T08:00:00.0000000Z', @doc);
                """;
            cmd.Parameters.AddWithValue("@id", article.Id);
            cmd.Parameters.AddWithValue("@doc", json);
            await cmd.ExecuteNonQueryAsync();
        }

        var store = new SqliteDocumentStore(path);
        await store.InitializeAsync();
        await store.InitializeAsync();

        Assert.Equal("中", (await store.RawBulletins.GetAsync("up"))!.Text);
        Assert.Equal("旧文章", (await store.Articles.GetAsync(article.Id))!.Title);
        Assert.Equal(json, Assert.Single(await store.Events.ReadAsync(0, 10)).DataJson);
        Assert.Single((await store.Articles.QueryAsync(new ArticleQuery(TextContains: "旧文"))).Items);
        await store.Articles.UpsertAsync(article with { Title = "新文章" }, 1);
        Assert.Single((await store.Articles.QueryAsync(new ArticleQuery(TextContains: "新文"))).Items);
        Assert.Equal(json, Assert.Single(await store.Events.ReadAsync(0, 10)).DataJson);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
