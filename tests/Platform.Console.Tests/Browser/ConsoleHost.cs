using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Platform.Contracts.Documents;
using Platform.Fetch;
using Platform.Storage;

namespace Platform.Console.Tests.Browser;

/// <summary>
/// The embedded platform of <c>platform run</c> on a free loopback port with its own SQLite directory, the seeds and
/// one unparseable bulletin ingested and settled, and one headless Debian chromium (through Playwright) for the
/// whole collection.
/// </summary>
public sealed partial class ConsoleHost : IAsyncLifetime
{
    public const string AdminKey = "console-admin-key-0123456789";
    public const string WebhookSecret = "webhook-signing-secret-0123456789";
    public const string UnparseableText = "12345 67890";
    public const string ReceiverUrl = "http://127.0.0.1:9/hooks/receiver-token";
    private const float ActionTimeoutMs = 90_000;

    private EmbeddedHost? _host;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";
    public HttpClient Api { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public IDocumentStore Store => _host!.Services.GetRequiredService<IDocumentStore>();
    public IReadOnlyList<string> SeedBulletinIds { get; private set; } = [];
    public string RejectedBulletinId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _host = await EmbeddedHost.StartAsync(new Dictionary<string, string?>
        {
            ["Platform:Publish:AdminApiKeys"] = AdminKey,
            ["Platform:Console:OverviewRefreshSeconds"] = "300",
            // Test webhooks point at a closed loopback port: deliveries fail fast and nothing leaves the machine.
            ["Platform:Publish:WebhookAllowedHosts"] = "127.0.0.1",
        });
        BaseUrl = _host.BaseUrl;
        Api = new HttpClient { BaseAddress = new Uri(BaseUrl) };

        var intake = _host.Services.GetRequiredService<BulletinIntake>();
        var ids = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal))
        {
            var outcome = await intake.IngestAsync(new IngestRequest(await File.ReadAllBytesAsync(file), "text/plain", "seeds", "file://" + Path.GetFileName(file)), CancellationToken.None);
            ids.Add(outcome.BulletinId ?? throw new InvalidOperationException(outcome.Failure?.Detail));
        }
        SeedBulletinIds = ids;
        RejectedBulletinId = (await intake.IngestAsync(new IngestRequest(System.Text.Encoding.UTF8.GetBytes(UnparseableText), "text/plain", "tests"), CancellationToken.None)).BulletinId!;
        foreach (var id in ids.Append(RejectedBulletinId))
        {
            await Eventually.UntilAsync(async () => (await Store.Bulletins.GetAsync(id))?.Status is PipelineStatus.Published or PipelineStatus.Rejected,
                TimeSpan.FromSeconds(120), () => $"bulletin {id} did not settle");
        }

        // Assertions poll the page; like actions, they get a loaded machine's margin rather than Playwright's 5 s.
        Assertions.SetDefaultExpectTimeout(ActionTimeoutMs);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    /// <summary>A fresh browser context (own cookies) at <paramref name="width"/> px.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = width, Height = 900 }, Locale = "zh-CN" });
        // Playwright's 30 s default once ran out on a sign-in navigation while the rest of the suite loaded both cores;
        // these tests are about what the console shows, not how fast, so waits get a loaded machine's margin.
        context.SetDefaultTimeout(ActionTimeoutMs);
        context.SetDefaultNavigationTimeout(ActionTimeoutMs);
        return await context.NewPageAsync();
    }

    /// <summary>Signs the page's context in through the sign-in form with <paramref name="key"/>.</summary>
    public static async Task SignInAsync(IPage page, string key)
    {
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Key").FillAsync(key);
        var answer = await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.Contains("/sign-in", StringComparison.Ordinal));
        Assert.True(answer.Status < 400, $"the sign-in form was answered {answer.Status}");
        // The form is enhanced, so leaving the page is a same-document navigation; waiting for its event once missed it
        // and ran the whole 90 s. Polling the address cannot miss it.
        await Assertions.Expect(page).Not.ToHaveURLAsync(SignInPath());
    }

    [GeneratedRegex("/sign-in")]
    private static partial Regex SignInPath();

    /// <summary>Saves a full-page screenshot as tests/artifacts/console-<paramref name="name"/>.png.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = RepositoryRoot.Combine("tests", "artifacts", $"console-{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        Api?.Dispose();
        if (_host is not null) await _host.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ConsoleCollection : ICollectionFixture<ConsoleHost>
{
    public const string Name = "console in a browser";
}
