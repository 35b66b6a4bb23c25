using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Platform.Contracts;
using Platform.Contracts.Documents;
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

        using var request = new HttpRequestMessage(HttpMethod.Get, $"v1/bulletins/{id}/status");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", FetchHost.Key);
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var progress = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("articles");

        Assert.Equal(4, progress.GetProperty("total").GetInt32());
        Assert.Equal(4, progress.GetProperty("parsed").GetInt32());
        Assert.Equal(2, progress.GetProperty("enriched").GetInt32());
        Assert.Equal(1, progress.GetProperty("published").GetInt32());
        var items = progress.GetProperty("items").EnumerateArray()
            .Select(i => $"{i.GetProperty("id").GetString()}:{i.GetProperty("status").GetString()}").ToArray();
        Assert.Equal(articles.OrderBy(a => a.Id, StringComparer.Ordinal).Select(a => $"{a.Id}:{WireNames.Of(a.Status)}"), items);
    }
}
