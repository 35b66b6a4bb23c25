using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.Console.Tests.Browser;

[Collection(ConsoleCollection.Name)]
public sealed class SecretsTests(ConsoleHost host)
{
    [Fact]
    public async Task No_page_renders_a_key_or_a_webhook_secret_even_to_an_admin()
    {
        using var create = new HttpRequestMessage(HttpMethod.Post, "v1/subscriptions")
        {
            Content = JsonContent.Create(new { url = ConsoleHost.ReceiverUrl, pattern = "bulletin.none", secret = ConsoleHost.WebhookSecret }),
        };
        create.Headers.Add("X-Api-Key", ConsoleHost.AdminKey);
        var id = JsonDocument.Parse(await (await host.Api.SendAsync(create)).Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();

        var page = await host.NewPageAsync();
        await page.GotoAsync("/sources");
        // Issued while signed out: refused, and no source appears.
        await page.GetByLabel("Source id").FillAsync("console-feed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add and issue a key" }).ClickAsync();
        await Expect(page.GetByTestId("notice")).ToContainTextAsync("Refused");
        Assert.Equal(0, await page.Locator("tr[data-id='console-feed']").CountAsync());

        await ConsoleHost.SignInAsync(page, ConsoleHost.AdminKey);
        await page.GotoAsync("/sources");
        await page.GetByLabel("Source id").FillAsync("console-feed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add and issue a key" }).ClickAsync();
        var issued = (await page.GetByTestId("issued-key").Locator("code").TextContentAsync())!;
        Assert.StartsWith("plt_", issued, StringComparison.Ordinal);
        var source = Assert.Single(await host.Store.Sources.ListAsync(), s => s.Id == "console-feed");
        Assert.StartsWith(source.KeyPrefix, issued, StringComparison.Ordinal);

        foreach (var path in new[] { "/", "/sources", "/subscriptions", $"/subscriptions/{id}", "/failures", "/sign-in" })
        {
            await page.GotoAsync(path);
            var html = await page.ContentAsync();
            Assert.DoesNotContain(ConsoleHost.AdminKey, html, StringComparison.Ordinal);
            Assert.DoesNotContain(ConsoleHost.WebhookSecret, html, StringComparison.Ordinal);
            Assert.DoesNotContain(issued, html, StringComparison.Ordinal);
            Assert.DoesNotContain(source.KeyHash, html, StringComparison.Ordinal);
        }
        // The admin sees the receiver URL (it may carry a token, so viewers do not).
        await page.GotoAsync("/subscriptions");
        Assert.Contains("receiver-token", await page.ContentAsync(), StringComparison.Ordinal);
        var viewer = await host.NewPageAsync();
        await viewer.GotoAsync("/subscriptions");
        Assert.DoesNotContain("receiver-token", await viewer.ContentAsync(), StringComparison.Ordinal);
        await viewer.Context.CloseAsync();
        await page.Context.CloseAsync();
    }
}
