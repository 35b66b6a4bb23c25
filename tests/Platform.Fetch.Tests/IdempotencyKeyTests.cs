using System.Net;
using System.Text;
using System.Text.Json;
using static Platform.Fetch.Tests.PushRequests;

namespace Platform.Fetch.Tests;

public sealed class IdempotencyKeyTests(FetchHost host) : IClassFixture<FetchHost>
{
    private async Task<(HttpStatusCode Status, JsonElement Json, HttpResponseMessage Response)> PushAsync(string text, string? key, string contentType = "text/plain; charset=utf-8")
    {
        using var request = PushRequest(Body(Encoding.UTF8.GetBytes(text), contentType), idempotencyKey: key);
        var response = await host.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone(), response);
    }

    private static string Text(string tag) => Seeds.Read("002") + "\n（幂等测试 " + tag + "）";

    [Fact]
    public async Task Same_key_and_body_replays_the_first_id()
    {
        var (first, json, _) = await PushAsync(Text("replay"), "key-replay-1");
        Assert.Equal(HttpStatusCode.Accepted, first);
        var (again, replay, response) = await PushAsync(Text("replay"), "key-replay-1");
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Equal(json.GetProperty("id").GetString(), replay.GetProperty("id").GetString());
        Assert.Equal("true", response.Headers.GetValues("Idempotent-Replayed").Single());
    }

    [Fact]
    public async Task Same_key_with_another_body_is_422_and_stores_nothing()
    {
        Assert.Equal(HttpStatusCode.Accepted, (await PushAsync(Text("reuse-a"), "key-reuse-1")).Status);
        var before = (await host.Store.RawBulletins.ListIdsAsync(null, null)).Count;
        var (status, problem, _) = await PushAsync(Text("reuse-b"), "key-reuse-1");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("urn:platform:problem:idempotency-key-reused", problem.GetProperty("type").GetString());
        Assert.Equal(before, (await host.Store.RawBulletins.ListIdsAsync(null, null)).Count);
        // The same key from nothing else: an identical body under a new key is still recognised by content.
        Assert.Equal(HttpStatusCode.OK, (await PushAsync(Text("reuse-a"), "key-reuse-2")).Status);
    }

    [Fact]
    public async Task A_refused_push_frees_its_key_for_the_corrected_retry()
    {
        var (refused, _, _) = await PushAsync("", "key-retry-1");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused);
        var (accepted, _, _) = await PushAsync(Text("retry"), "key-retry-1");
        Assert.Equal(HttpStatusCode.Accepted, accepted);
    }

    [Theory]
    [InlineData("has space")]
    [InlineData(null)]
    public async Task Malformed_keys_are_400(string? key)
    {
        var (status, problem, _) = await PushAsync(Text("bad-key"), key ?? new string('k', 256));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("urn:platform:problem:invalid-idempotency-key", problem.GetProperty("type").GetString());
    }
}
