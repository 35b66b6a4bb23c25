using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Platform.Contracts;
using Platform.Contracts.Documents;
using Platform.Storage.Sqlite;
using Platform.Storage.Tests;

namespace Platform.Fetch.Tests;

/// <summary>GET /v1/bulletins/{id}/status counts and lists a bulletin's articles by stage, in id order.</summary>
public sealed class PushStatusTests(FetchHost host) : IClassFixture<FetchHost>
{
    [Fact]
    public async Task Articles_are_counted_and_listed_by_the_stage_each_reached()
    {
        const string id = "5a5a5a5a5a5a5a5a";
        Assert.True((await host.Store.RawBulletins.AddAsync(StoreDocuments.Raw(id, new string('5', 64)))).Inserted);
        var stages = new[] { PipelineStatus.Published, PipelineStatus.Parsed, PipelineStatus.Enriched, PipelineStatus.Rejected };
        var articles = stages.Select((status, i) => StoreDocuments.Article(id, i + 1) with { Status = status }).ToArray();
        foreach (var article in articles) Assert.True((await host.Store.Articles.UpsertAsync(article, 0)).Succeeded);
        var bulletin = StoreDocuments.Bulletin(id) with { ArticleIds = [.. articles.Select(a => a.Id)] };
        Assert.True((await host.Store.Bulletins.UpsertAsync(bulletin, 0)).Succeeded);

        var progress = JsonDocument.Parse(await StatusAsync(id)).RootElement.GetProperty("articles");

        Assert.Equal(4, progress.GetProperty("total").GetInt32());
        Assert.Equal(4, progress.GetProperty("parsed").GetInt32());
        Assert.Equal(2, progress.GetProperty("enriched").GetInt32());
        Assert.Equal(1, progress.GetProperty("published").GetInt32());
        var items = progress.GetProperty("items").EnumerateArray()
            .Select(i => $"{i.GetProperty("id").GetString()}:{i.GetProperty("status").GetString()}").ToArray();
        Assert.Equal(articles.OrderBy(a => a.Id, StringComparer.Ordinal).Select(a => $"{a.Id}:{WireNames.Of(a.Status)}"), items);
    }

    [Fact]
    public async Task A_bulletin_is_polled_from_its_receipt_without_reading_its_content()
    {
        const string id = "6b6b6b6b6b6b6b6b";
        var raw = StoreDocuments.Raw(id, new string('6', 64)) with { Format = BulletinFormat.Html, Encoding = "gb18030", ContentType = "text/html" };
        Assert.True((await host.Store.RawBulletins.AddAsync(raw)).Inserted);
        var readable = await StatusAsync(id);

        // Content that cannot be unpacked fails any read of it: the poll must not make one (issue 13 item 12).
        await CorruptContentAsync(id);
        await Assert.ThrowsAsync<InvalidDataException>(() => host.Store.RawBulletins.GetAsync(id));

        var unreadable = await StatusAsync(id);
        Assert.Equal(readable, unreadable);
        var status = JsonDocument.Parse(unreadable).RootElement;
        Assert.Equal((id, "received", "html", "gb18030"), (status.GetProperty("id").GetString(), status.GetProperty("status").GetString(),
            status.GetProperty("format").GetString(), status.GetProperty("encoding").GetString()));
        Assert.Equal(raw.ReceivedAt, status.GetProperty("receivedAt").GetDateTimeOffset());
    }

    private async Task<string> StatusAsync(string id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"v1/bulletins/{id}/status");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", FetchHost.Key);
        using var response = await host.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return body;
    }

    private async Task CorruptContentAsync(string id)
    {
        await using var connection = new SqliteConnection($"Data Source={((SqliteDocumentStore)host.Store).FilePath};Pooling=False");
        await connection.OpenAsync();
        await using var update = connection.CreateCommand();
        update.CommandText = "UPDATE raw_bulletins SET bytes = x'10000000DEADBEEF' WHERE id = @id";
        update.Parameters.AddWithValue("@id", id);
        Assert.Equal(1, await update.ExecuteNonQueryAsync());
    }
}
