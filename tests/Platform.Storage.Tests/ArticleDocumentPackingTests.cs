using Microsoft.Data.Sqlite;
using Platform.Contracts.Documents;
using Platform.Storage.Sqlite;

namespace Platform.Storage.Tests;

public sealed class ArticleDocumentPackingTests
{
    [Theory]
    [InlineData(PipelineStatus.Parsed, false)]
    [InlineData(PipelineStatus.Enriched, false)]
    [InlineData(PipelineStatus.Published, true)]
    [InlineData(PipelineStatus.Rejected, true)]
    [InlineData(PipelineStatus.Received, true)]
    public void Only_documents_the_next_stage_overwrites_are_stored_unpacked(PipelineStatus status, bool packed) =>
        Assert.Equal(packed, ArticleDocumentPacking.Packs(status));

    [Fact]
    public async Task A_parsed_article_is_stored_as_json_text_and_its_published_version_packed_and_both_read_back_whole()
    {
        var dir = Directory.CreateTempSubdirectory("store-packing-").FullName;
        try
        {
            var store = new SqliteDocumentStore(Path.Combine(dir, "platform.db"));
            await store.InitializeAsync();
            var article = StoreDocuments.Article("b-1", 1) with { Status = PipelineStatus.Parsed };
            var parsed = await store.Articles.UpsertAsync(article, 0);
            Assert.Equal("text", await DocTypeAsync(dir, article.Id));
            Assert.Equal(article.Text, (await store.Articles.GetAsync(article.Id))!.Text);

            var published = article with { Status = PipelineStatus.Published };
            await store.Articles.UpsertAsync(published, parsed.Version);
            Assert.Equal("blob", await DocTypeAsync(dir, article.Id));
            var read = (await store.Articles.GetAsync(article.Id))!;
            Assert.Equal((PipelineStatus.Published, article.Text), (read.Status, read.Text));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<string> DocTypeAsync(string dir, string id)
    {
        await using var c = new SqliteConnection($"Data Source={Path.Combine(dir, "platform.db")}");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT typeof(doc) FROM articles WHERE id = @id";
        cmd.Parameters.AddWithValue("@id", id);
        return (string)(await cmd.ExecuteScalarAsync())!;
    }
}
