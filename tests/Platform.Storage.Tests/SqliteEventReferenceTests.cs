using System.Text.Json;
using Microsoft.Data.Sqlite;
using Platform.Contracts.Documents;
using Platform.Contracts.Public;
using Platform.Storage.Sqlite;

namespace Platform.Storage.Tests;

/// <summary>An article event whose data is the stored article references its version instead of copying it, and keeps that version when the article moves on.</summary>
public sealed class SqliteEventReferenceTests : IAsyncLifetime
{
    private readonly ScratchFolder _folder = new("store-refs-");
    private SqliteDocumentStore _store = null!;

    private string DbPath => _folder.PathOf("platform.db");

    public async Task InitializeAsync()
    {
        _store = new SqliteDocumentStore(DbPath);
        await _store.InitializeAsync();
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_event_of_the_stored_article_holds_no_copy_and_reads_back_the_whole_document()
    {
        var stored = await PublishAsync(StoreDocuments.Article("rb", 1, title: "第一版"), 0);
        var json = JsonSerializer.Serialize(stored, DocumentJson.Options);
        var (appended, _) = await _store.Events.AppendAsync(new NewEvent("k1", "article.published", stored.Id, "article.published.00.none", json));

        Assert.Equal(0, await ScalarAsync("SELECT length(data) FROM events WHERE sequence = " + appended.Sequence));
        Assert.Equal(json, Assert.Single(await _store.Events.ReadAsync(0, 10)).DataJson);
    }

    [Fact]
    public async Task Events_keep_the_version_they_announced_when_the_article_changes()
    {
        var first = await PublishAsync(StoreDocuments.Article("rc", 1, title: "第一版"), 0);
        var firstJson = JsonSerializer.Serialize(first, DocumentJson.Options);
        await _store.Events.AppendAsync(new NewEvent("k1", "article.published", first.Id, "rk", firstJson));

        var second = await PublishAsync(first with { Title = "第二版" }, first.Version);
        var secondJson = JsonSerializer.Serialize(second, DocumentJson.Options);
        await _store.Events.AppendAsync(new NewEvent("k2", "article.updated", second.Id, "rk", secondJson));
        await _store.Articles.UpsertAsync(second with { Title = "第三版", Status = PipelineStatus.Parsed }, second.Version);

        var events = await _store.Events.ReadAsync(0, 10);
        Assert.Equal([firstJson, secondJson], events.Select(e => e.DataJson));
        var (again, appended) = await _store.Events.AppendAsync(new NewEvent("k1", "article.published", first.Id, "rk", "{}"));
        Assert.False(appended);
        Assert.Equal(firstJson, again.DataJson);
    }

    [Fact]
    public async Task A_published_article_payload_holds_no_copy_and_reads_back_byte_identical_before_and_after_the_article_changes()
    {
        var stored = await PublishAsync(StoreDocuments.Article("re", 1, title: "第一版") with { Warnings = ["w"] }, 0);
        var payload = JsonSerializer.Serialize(PublishedArticle.Of(stored), DocumentJson.Options);
        await _store.Events.AppendAsync(new NewEvent("k1", "article.published", stored.Id, "rk", payload));

        Assert.Equal(0, await ScalarAsync("SELECT length(data) FROM events"));
        Assert.Equal(payload, Assert.Single(await _store.Events.ReadAsync(0, 10)).DataJson);
        Assert.Equal(payload, Assert.Single(await _store.Events.ListUndispatchedAsync(10)).DataJson);

        await _store.Articles.UpsertAsync(stored with { Title = "第二版", Status = PipelineStatus.Parsed }, stored.Version);

        Assert.True(await ScalarAsync("SELECT length(data) FROM events") > 0);
        Assert.Equal(payload, Assert.Single(await _store.Events.ReadAsync(0, 10)).DataJson);
    }

    [Fact]
    public async Task An_event_whose_data_differs_from_the_stored_article_keeps_its_own_copy()
    {
        var stored = await PublishAsync(StoreDocuments.Article("rd", 1), 0);
        var other = JsonSerializer.Serialize(stored with { Title = "别的" }, DocumentJson.Options);
        await _store.Events.AppendAsync(new NewEvent("k1", "article.published", stored.Id, "rk", other));

        Assert.True(await ScalarAsync("SELECT length(data) FROM events") > 0);
        Assert.Equal(other, Assert.Single(await _store.Events.ReadAsync(0, 10)).DataJson);
    }

    private async Task<Article> PublishAsync(Article article, long expectedVersion)
    {
        var published = article with { Status = PipelineStatus.Published };
        var result = await _store.Articles.UpsertAsync(published, expectedVersion);
        Assert.True(result.Succeeded);
        return published with { Version = result.Version };
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var c = new SqliteConnection($"Data Source={DbPath}");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
