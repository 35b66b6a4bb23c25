using System.Net;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Platform.Contracts.Documents;
using Platform.Contracts.Messages;
using Platform.Hosting.Messaging;
using Platform.Storage;
using static Microsoft.Playwright.Assertions;

namespace Platform.Console.Tests.Browser;

/// <summary>
/// Redrive from the Failures page on a real broker: a message the publish stage really failed on (its article was not
/// stored yet) waits in <c>publish-article_error</c>; without the admin key the redrive is refused and the message stays,
/// with it the message goes back to its queue and is consumed now that the article exists.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class BrokerRedriveTests(ConsoleHost browser)
{
    private const string AdminKey = "broker-admin-key-0123456789";
    private const string Queue = ConsumerQueues.PublishArticle;
    private const string ErrorQueue = Queue + ConsumerQueue.ErrorSuffix;

    [Fact]
    public async Task Redriving_a_dead_lettered_message_is_refused_without_the_admin_key_and_consumed_with_it()
    {
        var vhost = await TestBroker.NewVirtualHostAsync();
        await using var host = await PublishHost.StartAsync(new Dictionary<string, string?>
        {
            ["Platform:Transport:Kind"] = "rabbitmq",
            ["Platform:Transport:VirtualHost"] = vhost,
            ["Platform:Publish:AdminApiKeys"] = AdminKey,
            ["Platform:Transport:RetryLimit"] = "1",
            ["Platform:Transport:RetryMinInterval"] = "00:00:00.050",
            ["Platform:Transport:RetryMaxInterval"] = "00:00:00.100",
        });
        var article = Article.MakeId("0123456789abcdef", 1);
        await host.Services.GetRequiredService<IPublishEndpoint>().Publish(new ArticleEnriched(article, "0123456789abcdef"));
        await Eventually.UntilAsync(async () => await TestBroker.CountOrZeroAsync(vhost, ErrorQueue) == 1, TimeSpan.FromSeconds(30),
            () => "the publish stage did not dead-letter the message of a missing article");

        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync("/failures");
        var row = page.Locator($"tr[data-queue='{ErrorQueue}']");
        await Expect(row.GetByTestId("depth")).ToHaveTextAsync("1");
        var button = page.GetByRole(AriaRole.Button, new() { Name = $"Redrive {ErrorQueue}" });

        var refused = await page.RunAndWaitForResponseAsync(() => button.ClickAsync(), r => r.Request.Method == "POST");
        Assert.Equal((int)HttpStatusCode.Unauthorized, refused.Status);
        await Expect(page.GetByTestId("notice")).ToContainTextAsync("Refused");
        Assert.Equal(1u, await TestBroker.CountAsync(vhost, ErrorQueue));
        await ConsoleHost.ScreenshotAsync(page, "failures-redrive-refused-1280");

        // What the message waited for: the enriched article it names.
        await host.Store.Articles.PutAsync(EnrichedArticle(article), null, CancellationToken.None);
        await ConsoleHost.SignInAsync(page, AdminKey);
        await page.GotoAsync("/failures");
        var done = await page.RunAndWaitForResponseAsync(() => button.ClickAsync(), r => r.Request.Method == "POST");
        Assert.Equal((int)HttpStatusCode.OK, done.Status);
        await Expect(page.GetByTestId("notice")).ToHaveTextAsync($"Redrove 1 message from {ErrorQueue} back to its consumer.");
        await Eventually.UntilAsync(async () => (await host.Store.Articles.GetAsync(article))?.Status == PipelineStatus.Published, TimeSpan.FromSeconds(30),
            () => "the redriven message was not consumed");
        Assert.Equal(0u, await TestBroker.CountAsync(vhost, ErrorQueue));
        Assert.Equal(0u, await TestBroker.CountAsync(vhost, Queue));
        await page.ReloadAsync();
        await Expect(row.GetByTestId("depth")).ToHaveTextAsync("0");
        await ConsoleHost.ScreenshotAsync(page, "failures-redrive-1280");
        await page.Context.CloseAsync();
    }

    private static Article EnrichedArticle(string id) =>
        new(id, "0123456789abcdef", 1, ArticleKind.Article, null, "文明实践站开放", null, null, new Byline(null, [], null, BylineKind.None), [],
            ["文明实践站今日开放。"], "文明实践站今日开放。", [], null, PipelineStatus.Enriched, 0, "1", "1", []);
}
