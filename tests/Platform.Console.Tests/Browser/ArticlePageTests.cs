namespace Platform.Console.Tests.Browser;

[Collection(ConsoleCollection.Name)]
public sealed class ArticlePageTests(ConsoleHost host)
{
    [Fact]
    public async Task Haidian_article_shows_its_region_breadcrumb_and_highlights_its_mentions()
    {
        var article = await ArticleFinder.HaidianAsync(host.Api);
        var enrichment = article.GetProperty("enrichment");
        var region = enrichment.GetProperty("regions").GetProperty("primary");
        var page = await host.NewPageAsync();
        await page.GotoAsync($"/articles/{article.GetProperty("id").GetString()}");

        var crumbs = await page.Locator("[data-testid=region-breadcrumb] li").AllTextContentsAsync();
        var expected = new[] { region.GetProperty("province").GetString(), region.GetProperty("city").GetString(), region.GetProperty("county").GetString() }
            .Where(n => n is not null).Append("110108").ToArray();
        Assert.Equal(expected, crumbs.Select(c => c.Trim()).ToArray());
        Assert.Equal(["北京市", "海淀区", "110108"], crumbs.Select(c => c.Trim()).ToArray());

        var marks = await page.Locator("[data-testid=article-title] mark, [data-testid=article-text] mark").EvaluateAllAsync<string[][]>("ms => ms.map(m => [m.dataset.kind, m.textContent])");
        var text = article.GetProperty("title").GetString() + "\n" + article.GetProperty("text").GetString();
        void Highlighted(string kind, IEnumerable<string> mentions)
        {
            foreach (var mention in mentions.Where(m => text.Contains(m, StringComparison.Ordinal)))
                Assert.Contains(marks, m => m[0] == kind && mention.Contains(m[1], StringComparison.Ordinal));
        }
        Highlighted("place", enrichment.GetProperty("regions").GetProperty("mentioned").EnumerateArray().Select(m => m.GetProperty("text").GetString()!));
        Highlighted("date", enrichment.GetProperty("dates").EnumerateArray().Select(d => d.GetProperty("text").GetString()!));
        Highlighted("figure", enrichment.GetProperty("figures").EnumerateArray().Select(f => f.GetProperty("text").GetString()!));
        Highlighted("org", enrichment.GetProperty("organizations").EnumerateArray().Select(o => o.GetProperty("name").GetString()!));
        Assert.Contains(marks, m => m[0] == "place" && m[1] == "海淀区");
        // The highlighted text is still the article's text, nothing added or lost.
        Assert.Equal(article.GetProperty("text").GetString(), await page.Locator("[data-testid=article-text]").TextContentAsync());
        Assert.Equal(article.GetProperty("title").GetString(), await page.Locator("[data-testid=article-title]").TextContentAsync());

        var topics = enrichment.GetProperty("topics").EnumerateArray().Select(t => t.GetProperty("label").GetString()!).ToList();
        var shownTopics = await page.Locator("[data-testid=topics] li strong").AllTextContentsAsync();
        Assert.Equal(topics, shownTopics);
        var events = await page.Locator("[data-testid=events] tbody tr td:nth-child(2)").AllTextContentsAsync();
        Assert.Contains("article.published", events);
        await page.Context.CloseAsync();
    }
}
