using System.Text.RegularExpressions;
using System.Globalization;
using System.Text.Json;
using static Microsoft.Playwright.Assertions;

namespace Platform.Console.Tests.Browser;

/// <summary>The numbers the console shows are the numbers the public API gives.</summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class OverviewCountsTests(ConsoleHost host)
{
    [Fact]
    public async Task Overview_counts_agree_with_the_api()
    {
        var published = await ArticleFinder.AllPublishedAsync(host.Api);
        var page = await host.NewPageAsync();
        await page.GotoAsync("/");

        async Task<int> Count(string list, string status) => int.Parse(
            (await page.Locator($"[data-testid={list}] li[data-status={status}] .n").TextContentAsync())!, CultureInfo.InvariantCulture);

        Assert.Equal(published.Count, await Count("article-counts", "published"));
        Assert.Equal(host.SeedBulletinIds.Count, await Count("bulletin-counts", "published"));
        Assert.Equal(1, await Count("bulletin-counts", "rejected"));
        Assert.Equal(0, await Count("article-counts", "parsed"));
        // The embedded host dispatches no events to a broker and has a store: ready, no backlog to show.
        Assert.Contains("Not dispatching", await page.Locator("[data-testid=outbox]").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(await page.Locator("[data-testid=readiness] li").CountAsync(), await page.Locator("[data-testid=readiness] .status.ok").CountAsync());
        // The chart drew the articles published this hour (all of them: the seeds were ingested minutes ago).
        var bars = await page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('svg.chart rect.series-b')].map(r => +r.dataset.count)");
        Assert.Equal(published.Count, bars.Sum());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Bulletin_list_shows_each_bulletins_item_count_from_the_api()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/bulletins");
        foreach (var id in host.SeedBulletinIds)
        {
            var api = JsonDocument.Parse(await host.Api.GetStringAsync($"v1/bulletins/{id}")).RootElement;
            var shown = await page.Locator($"tr[data-id='{id}'] [data-testid=items]").TextContentAsync();
            Assert.Equal(api.GetProperty("articles").GetArrayLength().ToString(CultureInfo.InvariantCulture), shown);
            Assert.Equal("published", await page.Locator($"tr[data-id='{id}'] .status").TextContentAsync());
        }
        await page.GotoAsync("/bulletins?status=rejected");
        Assert.Equal(1, await page.Locator("[data-testid=bulletins] tbody tr").CountAsync());
        Assert.Equal(host.RejectedBulletinId, await page.Locator("[data-testid=bulletins] tbody tr").GetAttributeAsync("data-id"));
        await page.GotoAsync("/bulletins?q=" + host.SeedBulletinIds[2][..6]);
        Assert.Equal(1, await page.Locator("[data-testid=bulletins] tbody tr").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Clicking_a_province_filters_the_article_list_to_it()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/map");
        var beijing = await ArticleFinder.AllPublishedAsync(host.Api);
        var expected = beijing.Count(a => a.GetProperty("enrichment").GetProperty("regions").GetProperty("primary") is { ValueKind: JsonValueKind.Object } p
            && p.GetProperty("code").GetString()!.StartsWith("11", StringComparison.Ordinal));
        Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), await page.Locator("a.tile[data-code='11']").GetAttributeAsync("data-count"));
        await page.Locator("a.tile[data-code='11']").ClickAsync();
        await Expect(page).ToHaveURLAsync(ProvinceFilter());
        await Expect(page.Locator("[data-testid=articles] tbody tr")).ToHaveCountAsync(expected);
        var regions = await page.Locator("[data-testid=articles] tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.region)");
        Assert.Equal(expected, regions.Length);
        Assert.All(regions, r => Assert.StartsWith("11", r, StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("/map\\?province=11$")]
    private static partial Regex ProvinceFilter();
}
