using System.Net;
using System.Text.Json;

namespace Platform.Publish.Tests;

/// <summary>POST /v1/admin/redrive in the embedded mode (in-memory bus): admin only, and no error queues to redrive.</summary>
public sealed class RedriveEndpointTests : IAsyncLifetime
{
    private const string AdminKey = "test-admin-key-0123456789";
    private readonly PipelineHost _host = new(new Dictionary<string, string?> { ["Platform:Publish:AdminApiKeys"] = AdminKey });

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    public static TheoryData<string?, HttpStatusCode, string> Cases => new()
    {
        { null, HttpStatusCode.Unauthorized, "missing-api-key" },
        { "not-the-key-0123456789", HttpStatusCode.Unauthorized, "invalid-api-key" },
        { AdminKey, HttpStatusCode.Conflict, "broker-redrive-disabled" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Redrive_answers_a_named_problem_without_an_admin_key_or_a_broker(string? key, HttpStatusCode status, string problem)
    {
        using var http = _host.CreateClient();
        if (key is not null) http.DefaultRequestHeaders.Add("X-Api-Key", key);
        using var response = await http.PostAsync("v1/admin/redrive?queue=parse-bulletin", null);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("urn:platform:problem:" + problem, body.RootElement.GetProperty("type").GetString());
    }
}
