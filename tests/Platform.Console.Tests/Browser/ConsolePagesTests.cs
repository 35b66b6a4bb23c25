using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Platform.Console.Tests.Browser;

/// <summary>Every page in a real browser at the two widths the console is laid out for, saved as screenshots under tests/artifacts.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ConsolePagesTests(ConsoleHost host)
{
    private async Task<IReadOnlyList<(string Name, string Path)>> PagesAsync()
    {
        var haidian = await ArticleFinder.HaidianAsync(host.Api);
        var subscription = await SubscriptionAsync();
        return
        [
            ("overview", "/"),
            ("bulletins", "/bulletins"),
            ("bulletin", $"/bulletins/{haidian.GetProperty("bulletinId").GetString()}"),
            ("article", $"/articles/{haidian.GetProperty("id").GetString()}"),
            ("map", "/map?province=11"),
            ("failures", "/failures"),
            ("subscriptions", "/subscriptions"),
            ("subscription", $"/subscriptions/{subscription}"),
            ("sources", "/sources"),
            ("sign-in", "/sign-in"),
        ];
    }

    private async Task<string> SubscriptionAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "v1/subscriptions");
        request.Headers.Add("X-Api-Key", ConsoleHost.AdminKey);
        var list = JsonDocument.Parse(await (await host.Api.SendAsync(request)).Content.ReadAsStringAsync()).RootElement.GetProperty("items");
        const string description = "北京 articles";
        if (list.EnumerateArray().FirstOrDefault(x => x.GetProperty("description").GetString() == description) is { ValueKind: JsonValueKind.Object } existing)
            return existing.GetProperty("id").GetString()!;
        using var create = new HttpRequestMessage(HttpMethod.Post, "v1/subscriptions")
        {
            Content = JsonContent.Create(new { url = ConsoleHost.ReceiverUrl, pattern = "article.published.11.#", secret = ConsoleHost.WebhookSecret, description }),
        };
        create.Headers.Add("X-Api-Key", ConsoleHost.AdminKey);
        var created = await host.Api.SendAsync(create);
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        // Replayed from the start, so its delivery log has attempts (refused: nothing listens there) to show.
        using var replay = new HttpRequestMessage(HttpMethod.Post, $"v1/subscriptions/{id}/replay") { Content = JsonContent.Create(new { fromSequence = 1 }) };
        replay.Headers.Add("X-Api-Key", ConsoleHost.AdminKey);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, (await host.Api.SendAsync(replay)).StatusCode);
        await Platform.Testing.Eventually.UntilAsync(async () => (await host.Store.Subscriptions.ListDeliveriesAsync(id, 1)).Count > 0,
            TimeSpan.FromSeconds(30), () => "no delivery attempt");
        return id;
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(800)]
    public async Task Every_page_renders_without_sideways_scrolling_and_is_saved_as_a_screenshot(int width)
    {
        var page = await host.NewPageAsync(width);
        foreach (var (name, path) in await PagesAsync())
        {
            var response = await page.GotoAsync(path);
            Assert.True(response!.Ok, $"{path}: {response.Status}");
            Assert.False(string.IsNullOrWhiteSpace(await page.Locator("h1").First.TextContentAsync()), $"{path} has no heading");
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 1, $"{path} scrolls sideways by {overflow} px at {width} px");
            await ConsoleHost.ScreenshotAsync(page, $"{name}-{width}");
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Links_navigate_without_reloading_the_page_and_the_overview_reloads_itself()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/bulletins");
        await page.EvaluateAsync("() => window.sameDocument = true");
        await page.GetByRole(AriaRole.Link, new() { Name = "Map", Exact = true }).ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Articles by province");
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"), "following a link reloaded the page");

        // On the overview, which refreshes itself, links load a new document so no refresh is left pending.
        await page.GotoAsync("/");
        Assert.Equal("300", (await page.Locator("meta[http-equiv=refresh]").GetAttributeAsync("content"))!.Split(';')[0]);
        Assert.Equal("false", await page.Locator("header.top").GetAttributeAsync("data-enhance-nav"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Every_control_has_a_label_and_the_navigation_is_reachable_by_keyboard()
    {
        var page = await host.NewPageAsync();
        foreach (var path in new[] { "/bulletins", "/failures", "/subscriptions", "/sources", "/sign-in" })
        {
            await page.GotoAsync(path);
            var unlabelled = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('input:not([type=hidden]), select, button')]
                  .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.textContent.trim())
                  .map(e => e.outerHTML)
                """);
            Assert.True(unlabelled.Length == 0, $"{path}: unlabelled controls {string.Join(", ", unlabelled)}");
        }
        await page.GotoAsync("/");
        var reached = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href') || ''"));
        }
        Assert.Contains("/failures", reached);
        await page.Context.CloseAsync();
    }
}
