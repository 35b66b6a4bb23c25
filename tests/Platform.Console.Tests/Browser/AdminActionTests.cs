using System.Net;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using Platform.OperatorConsole.Failures;

namespace Platform.Console.Tests.Browser;

/// <summary>Actions need the admin key and an antiforgery token; refused ones change nothing.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class AdminActionTests(ConsoleHost host)
{
    private async Task<IResponse> SubmitAsync(IPage page, ILocator button) =>
        await page.RunAndWaitForResponseAsync(() => button.ClickAsync(), r => r.Request.Method == "POST");

    private Task<bool> ResolvedAsync() =>
        host.Store.Failures.ListAsync(host.RejectedBulletinId).ContinueWith(t => FailureResolution.Current(t.Result) is not null, TaskScheduler.Default);

    [Fact]
    public async Task Marking_a_failure_resolved_is_refused_without_the_admin_key_and_done_with_it()
    {
        var id = host.RejectedBulletinId;
        var page = await host.NewPageAsync();
        await page.GotoAsync("/failures");
        Assert.Contains(await RejectReasonAsync(), await page.Locator($"tr[data-id='{id}'] td").Nth(1).TextContentAsync() ?? "", StringComparison.Ordinal);

        var refused = await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = $"Mark {id} resolved" }));
        Assert.Equal((int)HttpStatusCode.Unauthorized, refused.Status);
        await Expect(page.GetByTestId("notice")).ToContainTextAsync("Refused");
        Assert.False(await ResolvedAsync());
        await ConsoleHost.ScreenshotAsync(page, "failures-refused-1280");

        await ConsoleHost.SignInAsync(page, ConsoleHost.AdminKey);
        await page.GotoAsync("/failures");
        await page.GetByLabel("Note for \"mark resolved\" (optional)").FillAsync("garbage upload");
        var done = await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = $"Mark {id} resolved" }));
        Assert.Equal((int)HttpStatusCode.OK, done.Status);
        await Expect(page.GetByTestId("notice")).ToHaveTextAsync($"Marked {id} resolved.");
        Assert.True(await ResolvedAsync());
        await Expect(page.Locator($"tr[data-id='{id}'] [data-testid=state]")).ToContainTextAsync("resolved");
        await ConsoleHost.ScreenshotAsync(page, "failures-resolved-1280");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Reprocessing_a_bulletin_with_the_admin_key_runs_it_through_parse_again()
    {
        var id = host.RejectedBulletinId;
        var before = (await host.Store.Failures.ListAsync(id)).Count(f => f.Stage == "parse");
        var page = await host.NewPageAsync();
        await page.GotoAsync("/failures");
        var refused = await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = $"Reprocess {id}" }));
        Assert.Equal((int)HttpStatusCode.Unauthorized, refused.Status);

        await ConsoleHost.SignInAsync(page, ConsoleHost.AdminKey);
        await page.GotoAsync("/failures");
        var done = await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = $"Reprocess {id}" }));
        Assert.Equal((int)HttpStatusCode.OK, done.Status);
        await Expect(page.GetByTestId("notice")).ToContainTextAsync($"Reprocessing {id}");
        // The parser rejects it again and records the failure again: proof the announcement reached the parse stage.
        await Platform.Testing.Eventually.UntilAsync(async () => (await host.Store.Failures.ListAsync(id)).Count(f => f.Stage == "parse") > before,
            TimeSpan.FromSeconds(60), () => "reprocessing did not reach the parser");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_even_with_the_admin_key()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/failures")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "failure-actions",
                ["Command"] = "resolve:" + host.SeedBulletinIds[0],
            }),
        };
        request.Headers.Add("X-Api-Key", ConsoleHost.AdminKey);
        var response = await host.Api.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await host.Store.Failures.ListAsync(host.SeedBulletinIds[0]));
    }

    private async Task<string> RejectReasonAsync() => (await host.Store.Bulletins.GetAsync(host.RejectedBulletinId))!.RejectReason!;
}
