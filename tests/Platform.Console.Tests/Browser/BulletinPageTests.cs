using System.Text.Json;

namespace Platform.Console.Tests.Browser;

[Collection(ConsoleCollection.Name)]
public sealed class BulletinPageTests(ConsoleHost host)
{
    private static string Compact(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    [Fact]
    public async Task Hovering_the_second_item_lights_its_source_lines_and_no_others()
    {
        var haidian = await ArticleFinder.HaidianAsync(host.Api);
        var bulletinId = haidian.GetProperty("bulletinId").GetString()!;
        var api = JsonDocument.Parse(await host.Api.GetStringAsync($"v1/bulletins/{bulletinId}")).RootElement;
        var second = api.GetProperty("articles").EnumerateArray().Single(a => a.GetProperty("ordinal").GetInt32() == 2);
        var page = await host.NewPageAsync();
        await page.GotoAsync($"/bulletins/{bulletinId}");

        const string lit = """
            () => [...document.querySelectorAll('.source [data-item]')]
              .filter(e => getComputedStyle(e).outlineStyle === 'solid').map(e => [e.dataset.item, e.dataset.role, e.textContent])
            """;
        Assert.Empty(await page.EvaluateAsync<string[][]>(lit));
        await page.Locator(".item[data-item='2']").HoverAsync();
        var spans = await page.EvaluateAsync<string[][]>(lit);
        Assert.NotEmpty(spans);
        Assert.All(spans, s => Assert.Equal("2", s[0]));
        var title = spans.Where(s => s[1] == "title").Select(s => Compact(s[2]));
        Assert.Equal(Compact(second.GetProperty("title").GetString()!), string.Concat(title));
        var body = Compact(string.Concat(spans.Where(s => s[1] == "paragraph").Select(s => s[2])));
        foreach (var paragraph in second.GetProperty("paragraphs").EnumerateArray())
            Assert.Contains(Compact(paragraph.GetString()!)[..20], body, StringComparison.Ordinal);

        // Keyboard users get the same by focusing the item.
        await page.Mouse.MoveAsync(0, 0);
        await page.Locator(".item[data-item='3']").FocusAsync();
        Assert.All(await page.EvaluateAsync<string[][]>(lit), s => Assert.Equal("3", s[0]));

        // Discarded chrome (the masthead of a briefing) is marked in the source too.
        Assert.True(await page.Locator(".source [data-role=discarded]").CountAsync() > 0);
        await page.Context.CloseAsync();
    }
}
