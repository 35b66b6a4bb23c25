using Microsoft.Data.Sqlite;
using Platform.Contracts.Documents;
using Platform.Storage.Json;
using Platform.Storage.Sqlite;

namespace Platform.Storage.Tests;

/// <summary>
/// A document stored again with only its status changed is written from its stored JSON with two values replaced:
/// the bytes must be those a full serialization writes, and any other change must still serialize it whole.
/// </summary>
public sealed class StatusRewriteTests : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("store-status-").FullName;
    private SqliteDocumentStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteDocumentStore(Path.Combine(_dir, "platform.db"));
        await _store.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    public static TheoryData<string, PipelineStatus, long> Cases => new()
    {
        // a title that spells the property names out, so only top-level properties may be replaced
        { "\"status\":\"enriched\",\"version\":1 标题", PipelineStatus.Published, 2 },
        { "标题", PipelineStatus.Published, 12345678901 },
        { "标题", PipelineStatus.Parsed, 3 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_rewritten_json_is_the_full_serialization_of_the_changed_document(string title, PipelineStatus status, long version)
    {
        var before = StoreDocuments.Article("sa", 1, region: "430105", title: title) with { Version = version - 1, Spans = [new SourceSpan("title", 0, 2)] };
        var after = before with { Status = status, Version = version };

        var rewritten = StatusRewrite.Apply(StoredJson.Serialize(before), StoredJson.Serialize(status), StoredJson.Serialize(version));

        Assert.Equal(StoredJson.Serialize(after), rewritten);
    }

    [Fact]
    public void Json_without_both_properties_is_not_rewritten() =>
        Assert.Null(StatusRewrite.Apply("{\"status\":\"enriched\"}"u8, "\"published\""u8, "2"u8));

    [Fact]
    public async Task A_published_article_and_bulletin_read_back_from_another_store_as_published()
    {
        var article = StoreDocuments.Article("sb", 1, region: "430105");
        var version = await _store.Articles.PutAsync(article, null, CancellationToken.None);
        var enriched = (await _store.Articles.GetAsync(article.Id))!;
        var published = await _store.Articles.PutAsync(enriched with { Status = PipelineStatus.Published }, enriched, CancellationToken.None);
        var bulletin = StoreDocuments.Bulletin("sb");
        await _store.Bulletins.PutAsync(bulletin, null, CancellationToken.None);
        var parsed = (await _store.Bulletins.GetAsync(bulletin.Id))!;
        await _store.Bulletins.PutAsync(parsed with { Status = PipelineStatus.Published }, parsed, CancellationToken.None);

        await using var other = new SqliteDocumentStore(Path.Combine(_dir, "platform.db"));
        var read = (await other.Articles.GetAsync(article.Id))!;
        Assert.Equal(version + 1, published);
        Assert.Equal(StoredJson.Serialize(enriched with { Status = PipelineStatus.Published, Version = published }), StoredJson.Serialize(read));
        Assert.Equal(PipelineStatus.Published, (await other.Bulletins.GetAsync(bulletin.Id))!.Status);
    }

    [Fact]
    public async Task A_write_that_changes_more_than_the_status_keeps_the_change()
    {
        var article = StoreDocuments.Article("sc", 1);
        await _store.Articles.PutAsync(article, null, CancellationToken.None);
        var enriched = (await _store.Articles.GetAsync(article.Id))!;
        await _store.Articles.PutAsync(enriched with { Status = PipelineStatus.Published, Title = "新标题" }, enriched, CancellationToken.None);

        await using var other = new SqliteDocumentStore(Path.Combine(_dir, "platform.db"));
        var read = (await other.Articles.GetAsync(article.Id))!;
        Assert.Equal(("新标题", PipelineStatus.Published), (read.Title, read.Status));
    }
}
