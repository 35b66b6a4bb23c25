using System.Net;
using System.Text;
using System.Text.Json;
using static Platform.Fetch.Tests.PushRequests;

namespace Platform.Fetch.Tests;

/// <summary>
/// The wire format of push, multipart and status answers, property by property in order: the typed response records
/// must serialize exactly as the hand-written objects they replaced did.
/// </summary>
public sealed class PushResponseShapeTests(FetchHost host) : IClassFixture<FetchHost>
{
    private static ByteArrayContent Text(string text) => Body(Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8");

    /// <summary>Each property as "name:kind", in the order written.</summary>
    private static string[] Shape(JsonElement json) =>
        [.. json.EnumerateObject().Select(p => $"{p.Name}:{p.Value.ValueKind}")];

    private async Task<(HttpResponseMessage Response, JsonElement Json)> SendAsync(HttpRequestMessage request)
    {
        var response = await host.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response, JsonDocument.Parse(body).RootElement.Clone());
    }

    [Fact]
    public async Task Accepted_and_duplicate_answers_keep_their_properties_and_location()
    {
        var text = Seeds.Read("001") + "\n（形状测试 接受）";
        var (accepted, json) = await SendAsync(PushRequest(Text(text)));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal(["id:String", "status:String", "format:String", "encoding:String", "statusUrl:String"], Shape(json));
        Assert.Equal("accepted", json.GetProperty("status").GetString());
        var id = json.GetProperty("id").GetString();
        Assert.Equal($"/v1/bulletins/{id}/status", accepted.Headers.Location?.OriginalString);

        var (duplicate, again) = await SendAsync(PushRequest(Text(text)));
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Equal(["id:String", "status:String", "statusUrl:String"], Shape(again));
        Assert.Equal("duplicate", again.GetProperty("status").GetString());
        Assert.Equal($"/v1/bulletins/{id}/status", again.GetProperty("statusUrl").GetString());
    }

    [Fact]
    public async Task Idempotent_replay_answers_like_a_duplicate()
    {
        var text = Seeds.Read("002") + "\n（形状测试 幂等）";
        Assert.Equal(HttpStatusCode.Accepted, (await SendAsync(PushRequest(Text(text), idempotencyKey: "shape-key-1"))).Response.StatusCode);
        var (replay, json) = await SendAsync(PushRequest(Text(text), idempotencyKey: "shape-key-1"));
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(["id:String", "status:String", "statusUrl:String"], Shape(json));
        Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());
    }

    [Fact]
    public async Task Multipart_items_keep_their_properties()
    {
        using var form = new MultipartFormDataContent
        {
            { Text(Seeds.Read("003") + "\n（形状测试 多部分）"), "file", "a.txt" },
            { new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]), "file", "b.png" },
        };
        var (response, json) = await SendAsync(PushRequest(form));
        Assert.Equal(HttpStatusCode.MultiStatus, response.StatusCode);
        Assert.Equal(["items:Array"], Shape(json));
        var items = json.GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(["file:String", "status:String", "id:String", "statusUrl:String", "problem:Null"], Shape(items[0]));
        Assert.Equal(["file:String", "status:String", "id:Null", "statusUrl:Null", "problem:Object"], Shape(items[1]));
        Assert.Equal(["type:String", "title:String", "detail:String"], Shape(items[1].GetProperty("problem")));
    }

    [Fact]
    public async Task Status_keeps_its_properties()
    {
        var (_, pushed) = await SendAsync(PushRequest(Text(Seeds.Read("004") + "\n（形状测试 状态）")));
        var (response, json) = await SendAsync(new HttpRequestMessage(HttpMethod.Get, $"v1/bulletins/{pushed.GetProperty("id").GetString()}/status"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["id:String", "status:String", "reason:Null", "receivedAt:String", "format:String", "encoding:String", "articles:Object"], Shape(json));
        Assert.Equal(["total:Number", "parsed:Number", "enriched:Number", "published:Number", "items:Array"], Shape(json.GetProperty("articles")));
    }
}
