using System.Net;
using System.Text.Json;

namespace Platform.Publish.Tests;

/// <summary>GET /v1/articles/{id} serves published articles only (issue 13, smaller list).</summary>
public sealed class UnpublishedArticleTests : EmbeddedPipelineTest
{
    [Fact]
    public async Task An_article_still_in_the_pipeline_is_not_found_until_it_is_published()
    {
        var bulletinId = await Host.IngestAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "seeds", "002_6da5d7cf062071ae.txt")));
        var bulletin = await Host.WaitForBulletinAsync(bulletinId, PipelineStatus.Published);
        var template = (await Host.Store.Articles.GetAsync(bulletin.ArticleIds[0]))!;
        // The same article as it stands between enrich and publish, under an id of its own.
        var enriched = template with { Id = Article.MakeId("ffffffffffffffff", 1), BulletinId = "ffffffffffffffff", Status = PipelineStatus.Enriched, Version = 0 };
        Assert.True((await Host.Store.Articles.UpsertAsync(enriched, 0)).Succeeded);

        using (var response = await Host.Client.GetAsync($"v1/articles/{enriched.Id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("urn:platform:problem:not-found", problem.GetProperty("type").GetString());
        }

        var stored = (await Host.Store.Articles.GetAsync(enriched.Id))!;
        Assert.True((await Host.Store.Articles.UpsertAsync(stored with { Status = PipelineStatus.Published }, stored.Version)).Succeeded);
        using var published = await Host.Client.GetAsync($"v1/articles/{enriched.Id}");
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
    }
}
