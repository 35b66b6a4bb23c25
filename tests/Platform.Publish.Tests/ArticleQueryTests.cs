using System.Net;
using System.Text.Json;

namespace Platform.Publish.Tests;

/// <summary>GET /v1/articles takes a kind only by its name: what an enum parser would also take is a 400 problem.</summary>
public sealed class ArticleQueryTests : EmbeddedPipelineTest
{
    private static readonly string[] NotNames = ["99", "0", "article,photo", "Article, Photo", "picture", ""];
    private static readonly string[] Names = ["article", "photo", "quote", "ad", "notice", "Quote"];

    [Fact]
    public async Task Only_kind_names_are_taken_and_anything_else_is_an_invalid_query()
    {
        foreach (var kind in NotNames)
        {
            using var response = await Host.Client.GetAsync($"v1/articles?kind={Uri.EscapeDataString(kind)}");
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"kind='{kind}' answered {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("urn:platform:problem:invalid-query", problem.GetProperty("type").GetString());
            Assert.Contains("article, photo, quote, ad, notice", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        foreach (var kind in Names)
        {
            using var response = await Host.Client.GetAsync($"v1/articles?kind={kind}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"kind='{kind}' answered {(int)response.StatusCode}");
        }
    }
}
