using Platform.Storage.Tests;

namespace Platform.Storage.Mongo.Tests;

/// <summary>Input MongoDB cannot take fails with the cause named, before anything is sent.</summary>
public sealed class BadInputTests : IAsyncLifetime
{
    // Nothing listens here: an error other than "unavailable" proves the input was refused before sending.
    private readonly MongoDocumentStore store = MongoDocumentStore.Create(new MongoStoreOptions("mongodb://127.0.0.1:9/", "platform")
    {
        ServerSelectionTimeout = TimeSpan.FromMilliseconds(300),
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await store.DisposeAsync();

    [Fact]
    public async Task A_document_over_16_MiB_is_refused_with_its_size()
    {
        var article = StoreDocuments.Article("big", 1, text: new string('文', 6_000_000));
        var error = await Assert.ThrowsAsync<StoreException>(() => store.Articles.UpsertAsync(article, 0));
        Assert.Contains("16 MiB", error.Message);
        Assert.Contains("big-01", error.Message);
    }

    [Fact]
    public void Field_names_with_dollar_or_dot_are_refused_naming_the_field()
    {
        var error = Assert.Throws<StoreException>(() =>
            StoredDocument.From(new Dictionary<string, object> { ["ok"] = new Dictionary<string, int> { ["a.b"] = 1 } }, "articles", "x"));
        Assert.Contains("'ok/a.b'", error.Message);
        error = Assert.Throws<StoreException>(() => StoredDocument.From(new Dictionary<string, int> { ["$where"] = 1 }, "articles", "x"));
        Assert.Contains("'$where'", error.Message);
    }

    [Fact]
    public void A_wrong_uri_is_refused_with_the_drivers_reason()
    {
        var error = Assert.Throws<StoreException>(() => MongoDocumentStore.Create(new MongoStoreOptions("mongo://nowhere", "platform")));
        Assert.Contains("Invalid MongoDB URI", error.Message);
    }

    [Fact]
    public async Task An_unreachable_server_is_unavailable()
    {
        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.Articles.GetAsync("x"));
        Assert.Contains("300 ms", error.Message);
    }
}
