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

    [Fact]
    public async Task The_full_region_date_and_band_indexes_of_an_earlier_schema_give_way_to_indexes_of_enriched_articles()
    {
        var path = Path.Combine(_dir, "indexes.db");
        var article = StoreDocuments.Article("ix", 1, region: "430105", date: new DateOnly(2024, 5, 1)) with { Version = 1 };
        await using (var c = new SqliteConnection($"Data Source={path}"))
        {
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = FirstSchema + """
                CREATE INDEX ix_articles_region ON articles(region_code, id);
                CREATE INDEX ix_articles_date ON articles(date, id);
                CREATE INDEX ix_articles_fp0 ON articles(fp0);
                CREATE INDEX ix_articles_fp1 ON articles(fp1);
                CREATE INDEX ix_articles_fp2 ON articles(fp2);
                CREATE INDEX ix_articles_fp3 ON articles(fp3);
                INSERT INTO articles (id, bulletin_id, version, kind, status, region_code, date, fp0, fp1, fp2, fp3, doc)
                VALUES (@id, 'ix', 1, 'article', 'enriched', '430105', '2024-05-01', 1, 2, 3, 4, @doc);
                """;
            cmd.Parameters.AddWithValue("@id", article.Id);
            cmd.Parameters.AddWithValue("@doc", JsonSerializer.Serialize(article, DocumentJson.Options));
            await cmd.ExecuteNonQueryAsync();
        }

        var store = new SqliteDocumentStore(path);
        await store.InitializeAsync();
        await store.InitializeAsync();

        var indexes = await IndexNamesAsync(path);
        Assert.DoesNotContain(indexes, n => n is "ix_articles_region" or "ix_articles_date" || n.StartsWith("ix_articles_fp", StringComparison.Ordinal) && !n.EndsWith("_given", StringComparison.Ordinal));
        Assert.Contains("ix_articles_region_given", indexes);
        Assert.Contains("ix_articles_fp3_given", indexes);
        Assert.Single((await store.Articles.QueryAsync(new ArticleQuery(RegionPrefix: "4301"))).Items);
        Assert.Single((await store.Articles.QueryAsync(new ArticleQuery(From: new DateOnly(2024, 5, 1), To: new DateOnly(2024, 5, 1)))).Items);
        Assert.Single(await store.Articles.FindFingerprintCandidatesAsync(0x0004_0003_0002_0001UL, "another", 10));
    }

    [Fact]
    public async Task Articles_and_topics_of_a_file_keyed_by_article_id_move_to_the_article_seq_in_arrival_order()
    {
        var path = Path.Combine(_dir, "topics.db");
        var first = StoreDocuments.Article("zz", 1, topics: ["volunteering", "youth"]) with { Version = 1 };
        var second = StoreDocuments.Article("aa", 1, topics: ["youth"]) with { Version = 1 };
        await using (var c = new SqliteConnection($"Data Source={path}"))
        {
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = FirstSchema + """
                CREATE TABLE article_topics (article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, topic TEXT NOT NULL,
                    PRIMARY KEY (topic, article_id)) WITHOUT ROWID;
                CREATE INDEX ix_article_topics_article ON article_topics(article_id);
                INSERT INTO articles (id, bulletin_id, version, kind, status, doc) VALUES (@first, 'zz', 1, 'article', 'enriched', @firstDoc);
                INSERT INTO articles (id, bulletin_id, version, kind, status, doc) VALUES (@second, 'aa', 1, 'article', 'enriched', @secondDoc);
                INSERT INTO article_topics (article_id, topic) VALUES (@first, 'volunteering'), (@first, 'youth'), (@second, 'youth');
                """;
            cmd.Parameters.AddWithValue("@first", first.Id);
            cmd.Parameters.AddWithValue("@second", second.Id);
            cmd.Parameters.AddWithValue("@firstDoc", JsonSerializer.Serialize(first, DocumentJson.Options));
            cmd.Parameters.AddWithValue("@secondDoc", JsonSerializer.Serialize(second, DocumentJson.Options));
            await cmd.ExecuteNonQueryAsync();
        }

        var store = new SqliteDocumentStore(path);
        await store.InitializeAsync();
        await store.InitializeAsync();
        var third = StoreDocuments.Article("mm", 1, topics: ["youth"]);
        Assert.True((await store.Articles.UpsertAsync(third, 0)).Succeeded);

        Assert.Equal([first.Id], (await store.Articles.QueryAsync(new ArticleQuery(Topic: "volunteering"))).Items.Select(a => a.Id));
        Assert.Equal([second.Id, third.Id, first.Id], (await store.Articles.QueryAsync(new ArticleQuery(Topic: "youth"))).Items.Select(a => a.Id));
        Assert.Equal([first.Id, second.Id, third.Id], await ColumnAsync(path, "SELECT id FROM articles ORDER BY seq"));
        Assert.Equal(["article_seq", "topic"], await ColumnAsync(path, "SELECT name FROM pragma_table_info('article_topics') ORDER BY name"));
        var kept = await store.Articles.GetAsync(second.Id);
        Assert.Equal((second.Title, 1L), (kept!.Title, kept.Version));
    }

    private static async Task<List<string>> ColumnAsync(string path, string sql)
    {
        await using var c = new SqliteConnection($"Data Source={path}");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        var values = new List<string>();
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync()) values.Add(r.GetString(0));
        return values;
    }

    private static Task<List<string>> IndexNamesAsync(string path) =>
        ColumnAsync(path, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'articles'");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
