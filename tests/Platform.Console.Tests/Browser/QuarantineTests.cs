using System.Net;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.Console.Tests.Browser;

/// <summary>The Failures page lists quarantined events with their reason; releasing one needs the admin key.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class QuarantineTests(ConsoleHost host)
{
    private const string Reason = "body of 20700000 bytes is over the broker's maximum message size of 16777216 bytes (Platform:Publish:BrokerMaxMessageBytes)";

    [Fact]
    public async Task A_quarantined_event_is_listed_with_its_reason_and_released_only_with_the_admin_key()
    {
        var article = (await host.Store.Events.ReadAsync(0, 1000)).First(e => e.Type == "article.published");
        await host.Store.Events.QuarantineAsync(article.Sequence, Reason, DateTimeOffset.UtcNow);
        try
        {
            var page = await host.NewPageAsync();
            await page.GotoAsync("/failures");
            var row = page.Locator($"[data-testid=quarantine] tr[data-sequence='{article.Sequence}']");
            await Expect(row.GetByTestId("reason")).ToHaveTextAsync(Reason);
            await Expect(row.GetByRole(AriaRole.Link, new() { Name = article.Subject })).ToHaveAttributeAsync("href", $"/articles/{article.Subject}");
            await ConsoleHost.ScreenshotAsync(page, "failures-quarantine-1280");

            var release = page.GetByRole(AriaRole.Button, new() { Name = $"Release event {article.Sequence}" });
            var refused = await page.RunAndWaitForResponseAsync(() => release.ClickAsync(), r => r.Request.Method == "POST");
            Assert.Equal((int)HttpStatusCode.Unauthorized, refused.Status);
            Assert.Single(await host.Store.Events.ListQuarantinedAsync(10));

            await ConsoleHost.SignInAsync(page, ConsoleHost.AdminKey);
            await page.GotoAsync("/failures");
            var done = await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = $"Release event {article.Sequence}" }).ClickAsync(),
                r => r.Request.Method == "POST");
            Assert.Equal((int)HttpStatusCode.OK, done.Status);
            await Expect(page.GetByTestId("notice")).ToHaveTextAsync($"Released event {article.Sequence}: it is back in the outbox.");
            Assert.Empty(await host.Store.Events.ListQuarantinedAsync(10));
            await Expect(page.GetByTestId("quarantine")).ToContainTextAsync("No quarantined events");
            await page.Context.CloseAsync();
        }
        finally
        {
            await host.Store.Events.ReleaseQuarantinedAsync(article.Sequence);
        }
    }
}
