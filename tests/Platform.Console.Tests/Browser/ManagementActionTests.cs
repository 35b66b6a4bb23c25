using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.Console.Tests.Browser;

/// <summary>The subscription and source actions, done through the console's forms by an admin, land in the store.</summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class ManagementActionTests(ConsoleHost host)
{
    private static async Task<IResponse> SubmitAsync(IPage page, ILocator button) =>
        await page.RunAndWaitForResponseAsync(() => button.ClickAsync(), r => r.Request.Method == "POST");

    [Fact]
    public async Task An_admin_creates_disables_and_replays_a_subscription_through_the_forms()
    {
        var page = await host.NewPageAsync();
        await ConsoleHost.SignInAsync(page, ConsoleHost.AdminKey);
        await page.GotoAsync("/subscriptions");
        await page.GetByLabel("Receiver URL (http or https)").FillAsync(ConsoleHost.ReceiverUrl);
        await page.GetByLabel("Routing-key pattern").FillAsync("not a pattern..");
        await page.GetByLabel("Signing secret").FillAsync(ConsoleHost.WebhookSecret);
        var invalid = await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Create" }));
        Assert.Equal((int)HttpStatusCode.BadRequest, invalid.Status);
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "AMQP topic pattern" })).ToBeVisibleAsync();

        await page.GetByLabel("Routing-key pattern").FillAsync("bulletin.#");
        await page.GetByLabel("Signing secret").FillAsync(ConsoleHost.WebhookSecret);
        await page.GetByLabel("Description (optional)").FillAsync("made in the console");
        var created = await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Create" }));
        Assert.Equal((int)HttpStatusCode.OK, created.Status);
        await Expect(page.GetByTestId("notice")).ToContainTextAsync("Created sub_");
        var subscription = Assert.Single(await host.Store.Subscriptions.ListAsync(), s => s.Description == "made in the console");
        Assert.Equal(("bulletin.#", ConsoleHost.WebhookSecret), (subscription.Pattern, subscription.Secret));
        Assert.DoesNotContain(ConsoleHost.WebhookSecret, await page.ContentAsync(), StringComparison.Ordinal);

        await page.GotoAsync($"/subscriptions/{subscription.Id}");
        await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Disable" }));
        await Expect(page.GetByTestId("notice")).ToContainTextAsync("Disabled");
        Assert.NotNull((await host.Store.Subscriptions.GetAsync(subscription.Id))!.DisabledAt);

        await page.GetByLabel("Replay from sequence").FillAsync("1");
        await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Replay (re-enables)" }));
        await Expect(page.GetByTestId("notice")).ToContainTextAsync("Replaying from sequence 1");
        Assert.Null((await host.Store.Subscriptions.GetAsync(subscription.Id))!.DisabledAt);

        await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Delete" }));
        await Expect(page).ToHaveURLAsync(SubscriptionList());
        Assert.Null(await host.Store.Subscriptions.GetAsync(subscription.Id));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_admin_adds_and_revokes_a_source_key()
    {
        var page = await host.NewPageAsync();
        await ConsoleHost.SignInAsync(page, ConsoleHost.AdminKey);
        await page.GotoAsync("/sources");
        await page.GetByLabel("Source id").FillAsync("revoke-me");
        await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Add and issue a key" }));
        await Expect(page.GetByTestId("issued-key")).ToContainTextAsync("plt_");
        await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Revoke revoke-me" }));
        await Expect(page.GetByTestId("notice")).ToHaveTextAsync("Revoked revoke-me's key.");
        Assert.NotNull(Assert.Single(await host.Store.Sources.ListAsync(), s => s.Id == "revoke-me").RevokedAt);
        await Expect(page.Locator("tr[data-id='revoke-me'] .status")).ToHaveTextAsync("revoked");
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("/subscriptions$")]
    private static partial Regex SubscriptionList();
}
