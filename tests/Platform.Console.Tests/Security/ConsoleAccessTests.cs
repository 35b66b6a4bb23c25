using System.Net;
using System.Text.Json;

namespace Platform.Console.Tests.Security;

/// <summary>A console configured as if bound beyond loopback (OpenOnLoopback off): every page needs a key; the API and health stay as they were.</summary>
public sealed class ConsoleAccessTests : IAsyncLifetime
{
    private const string AdminKey = "access-admin-key-0123456789";
    private const string ViewerKey = "access-viewer-key-0123456789";
    private EmbeddedHost? _host;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await EmbeddedHost.StartAsync(new Dictionary<string, string?>
        {
            ["Platform:Publish:AdminApiKeys"] = AdminKey,
            ["Platform:Console:ViewerApiKeys"] = ViewerKey,
            ["Platform:Console:OpenOnLoopback"] = "false",
        });
        _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(_host.BaseUrl) };
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string accept, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);
        if (key is not null) request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        return await _client.SendAsync(request);
    }

    [Fact]
    public async Task Browsers_without_a_key_are_sent_to_sign_in()
    {
        var response = await GetAsync("/bulletins?status=rejected", "text/html");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sign-in?returnUrl=%2Fbulletins%3Fstatus%3Drejected", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/sign-in", "text/html")).StatusCode);
    }

    [Fact]
    public async Task Scripts_without_a_key_get_a_named_problem()
    {
        var response = await GetAsync("/", "application/json");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("urn:platform:problem:console-key-required", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("type").GetString());
        // A key that is not configured is no key.
        Assert.Equal(HttpStatusCode.Redirect, (await GetAsync("/", "text/html", "not-a-configured-key-000")).StatusCode);
    }

    [Theory]
    [InlineData(ViewerKey)]
    [InlineData(AdminKey)]
    public async Task A_viewer_or_admin_key_opens_the_pages(string key)
    {
        var response = await GetAsync("/failures", "text/html", key);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/v1/articles")]
    [InlineData("/health/live")]
    [InlineData("/console/console.css")]
    public async Task The_api_health_and_stylesheet_are_not_gated_by_the_console(string path) =>
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(path, "*/*")).StatusCode);

    public async Task DisposeAsync()
    {
        _client.Dispose();
        if (_host is not null) await _host.DisposeAsync();
    }
}
