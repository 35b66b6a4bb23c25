using System.Net;
using System.Text.Json;

namespace Platform.Fetch.Tests;

/// <summary>Oversized request headers on real Kestrel: 431 with a problem body, not Kestrel's empty answer.</summary>
public sealed class RequestHeaderLimitTests : IAsyncLifetime
{
    private readonly FetchHost _host = new() { OnKestrel = true };

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Theory]
    [InlineData("health/live")]
    [InlineData("v1/bulletins")]
    public async Task A_100_kb_header_is_431_with_a_problem(string path)
    {
        using var request = new HttpRequestMessage(path.StartsWith("v1", StringComparison.Ordinal) ? HttpMethod.Post : HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("X-Padding", new string('a', 100 * 1024));
        using var response = await _host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("urn:platform:problem:headers-too-large", problem.GetProperty("type").GetString());
        Assert.Equal(431, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Headers_within_the_limit_pass()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "health/live");
        request.Headers.TryAddWithoutValidation("X-Padding", new string('a', 16 * 1024));
        using var response = await _host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
