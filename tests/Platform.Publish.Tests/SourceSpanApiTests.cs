using System.Net.Http.Json;

namespace Platform.Publish.Tests;

/// <summary>
/// Field-level provenance over HTTP: each seed goes through the whole embedded pipeline, and the bulletin and its
/// articles as GET /v1/bulletins/{id} and GET /v1/articles/{id} return them carry spans that, cut out of the stored
/// normalized text, equal their fields after the documented joins.
/// </summary>
public sealed class SourceSpanApiTests : EmbeddedPipelineTest
{
    public static TheoryData<string> Seeds() => new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Spans_served_with_a_published_bulletin_cut_out_its_fields(string seed)
    {
        var id = await Host.IngestAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "seeds", seed!)));
        await Host.WaitForBulletinAsync(id, PipelineStatus.Published);
        var text = (await Host.Store.RawBulletins.GetAsync(id))!.Text;

        var served = await Host.Client.GetFromJsonAsync<BulletinWithArticles>($"v1/bulletins/{id}", DocumentJson.Options);
        Assert.NotNull(served);
        Assert.Equal(served.Bulletin.Discarded.Count > 0, served.Bulletin.Spans.Count > 0);
        Assert.All(served.Articles, a => Assert.NotEmpty(a.Spans));
        SourceSpanAssert.Consistent(text, served.Bulletin, served.Articles);

        foreach (var article in served.Articles)
        {
            var one = await Host.Client.GetFromJsonAsync<Article>($"v1/articles/{article.Id}", DocumentJson.Options);
            Assert.Equal(article.Spans, one!.Spans);
        }
    }
}
