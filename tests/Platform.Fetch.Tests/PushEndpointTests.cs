using System.Net;
using System.Text;
using System.Text.Json;
using Platform.Hosting.Http;
using static Platform.Fetch.Tests.PushRequests;

namespace Platform.Fetch.Tests;

public sealed class PushEndpointTests(FetchHost host) : IClassFixture<FetchHost>
{
    static PushEndpointTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private async Task<(HttpStatusCode Status, JsonElement Json)> SendAsync(HttpRequestMessage request)
    {
        using var response = await host.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task Seed_in_four_encodings_is_accepted_once_and_then_recognised_as_the_same_bulletin()
    {
        var seed = Seeds.Read("000");
        var (status, json) = await SendAsync(PushRequest(Body(Encoding.UTF8.GetBytes(seed), "text/plain; charset=utf-8")));
        Assert.Equal(HttpStatusCode.Accepted, status);
        var id = json.GetProperty("id").GetString();
        Assert.Equal($"/v1/bulletins/{id}/status", json.GetProperty("statusUrl").GetString());
        var variants = new[]
        {
            Body(Encoding.GetEncoding("GB18030").GetBytes(seed), "text/plain; charset=gb18030"),
            Body(Encoding.GetEncoding("GB18030").GetBytes(seed), null),
            Body([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(seed)], "application/octet-stream"),
            Body(Encoding.UTF8.GetBytes(seed.Replace("\n", "\r\n", StringComparison.Ordinal)), "text/plain"),
        };
        foreach (var variant in variants)
        {
            var (again, body) = await SendAsync(PushRequest(variant));
            Assert.Equal(HttpStatusCode.OK, again);
            Assert.Equal(id, body.GetProperty("id").GetString());
            Assert.Equal("duplicate", body.GetProperty("status").GetString());
        }
        var raw = await host.Store.RawBulletins.GetAsync(id!);
        Assert.Equal("utf-8", raw!.Encoding);
        Assert.Equal("tests", raw.SourceId);
    }

    public static TheoryData<string, byte[], string?, HttpStatusCode, string> BadBodies => new()
    {
        { "empty body", [], "text/plain", HttpStatusCode.UnprocessableEntity, "empty-body" },
        { "body over the limit", Encoding.UTF8.GetBytes(new string('文', 30000)), "text/plain", HttpStatusCode.RequestEntityTooLarge, "body-too-large" },
        { "png image", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52], "application/octet-stream", HttpStatusCode.UnsupportedMediaType, "binary-body" },
        { "undecodable bytes", [0xE4, 0xB8, 0xAD, 0xFF, 0xFE, 0x41, 0x42], "text/plain; charset=utf-8", HttpStatusCode.UnprocessableEntity, "undecodable-body" },
        { "unknown content type", Encoding.UTF8.GetBytes("{\"a\":1}"), "application/json", HttpStatusCode.UnsupportedMediaType, "unsupported-media-type" },
        { "utf-7 charset", Encoding.ASCII.GetBytes("+ZeVnLGWHZg4-"), "text/plain; charset=utf-7", HttpStatusCode.UnsupportedMediaType, "unsupported-charset" },
        { "utf-7 meta charset", Encoding.ASCII.GetBytes("<html><head><meta charset=\"utf-7\"></head><body>+ZeVnLGWHZg4-</body></html>"), "text/html", HttpStatusCode.UnsupportedMediaType, "unsupported-charset" },
        { "random high bytes", RandomHighBytes(), "text/plain", HttpStatusCode.UnprocessableEntity, "undecodable-body" },
        { "undeclared big5", Big5Bulletin(), "text/plain", HttpStatusCode.UnprocessableEntity, "undecodable-body" },
        { "malformed multipart", Encoding.UTF8.GetBytes("--xyz\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.txt\"\r\n\r\n正文没有结束边界"), "multipart/form-data; boundary=xyz", HttpStatusCode.BadRequest, "malformed-multipart" },
    };

    /// <summary>Bytes 0x81-0xFE, every pair of which GB18030 decodes: a guess that must not be stored.</summary>
    private static byte[] RandomHighBytes()
    {
        var random = new Random(13);
        var bytes = new byte[4000];
        for (var i = 0; i < bytes.Length; i++) bytes[i] = (byte)random.Next(0x81, 0xFF);
        return bytes;
    }

    /// <summary>A traditional-character notice in Big5 without a declared charset: GB18030 reads it as other characters.</summary>
    private static byte[] Big5Bulletin()
    {
        const string Notice = "臺灣省政府新聞處公告\n\n為推動精神文明建設，各縣市應於本月舉辦社區志願服務活動，並加強環境衛生與交通安全宣導。" +
            "民眾如有疑問，請洽各鄉鎮公所。本處將派員前往各地訪視，了解執行情形，並表揚績優單位與個人。";
        return Encoding.GetEncoding("big5").GetBytes(Notice + "\n" + Notice);
    }

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_body_gets_a_problem_and_stores_nothing(string label, byte[] bytes, string? contentType, HttpStatusCode expected, string problem)
    {
        var before = (await host.Store.RawBulletins.ListIdsAsync(null, null)).Count;
        using var response = await host.Client.SendAsync(PushRequest(Body(bytes, contentType)));
        Assert.True(expected == response.StatusCode, $"{label}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("urn:platform:problem:" + problem, json.GetProperty("type").GetString());
        Assert.Equal((int)expected, json.GetProperty("status").GetInt32());
        Assert.Equal(before, (await host.Store.RawBulletins.ListIdsAsync(null, null)).Count);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized, "missing-api-key")]
    [InlineData("wrong-key-0123456789", HttpStatusCode.Unauthorized, "invalid-api-key")]
    public async Task Push_without_a_valid_key_is_refused(string? key, HttpStatusCode expected, string problem)
    {
        var (status, json) = await SendAsync(PushRequest(Body(Encoding.UTF8.GetBytes("标题\n\n正文内容。"), "text/plain"), key));
        Assert.Equal(expected, status);
        Assert.Equal("urn:platform:problem:" + problem, json.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Revoked_key_is_forbidden_and_api_keys_are_stored_hashed()
    {
        var key = ApiKeyCredentials.NewKey();
        await host.Store.Sources.AddAsync(new Storage.Source("revoked-feed", ApiKeyCredentials.Hash(key), key[..8], DateTimeOffset.UtcNow, null));
        var ok = await SendAsync(PushRequest(Body(Encoding.UTF8.GetBytes("吊销前\n\n正文内容一。"), "text/plain"), key));
        Assert.Equal(HttpStatusCode.Accepted, ok.Status);
        await host.Store.Sources.RevokeAsync("revoked-feed", DateTimeOffset.UtcNow);
        var (status, json) = await SendAsync(PushRequest(Body(Encoding.UTF8.GetBytes("吊销后\n\n正文内容二。"), "text/plain"), key));
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("urn:platform:problem:revoked-api-key", json.GetProperty("type").GetString());
        var stored = (await host.Store.Sources.ListAsync()).Single(s => s.Id == "revoked-feed");
        Assert.DoesNotContain(key, stored.KeyHash, StringComparison.Ordinal);
        Assert.Equal(64, stored.KeyHash.Length);
    }

    [Fact]
    public async Task Multipart_push_reports_each_file()
    {
        using var form = new MultipartFormDataContent
        {
            { Body(Encoding.UTF8.GetBytes(Seeds.Read("001")), "text/plain"), "file", "001.txt" },
            { Body([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0], "image/png"), "file", "photo.png" },
        };
        var (status, json) = await SendAsync(PushRequest(form));
        Assert.Equal(HttpStatusCode.MultiStatus, status);
        var items = json.GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(["accepted", "rejected"], items.Select(i => i.GetProperty("status").GetString()));
        Assert.Equal("urn:platform:problem:binary-body", items[1].GetProperty("problem").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Status_of_an_accepted_bulletin_and_of_an_unknown_id()
    {
        var (_, pushed) = await SendAsync(PushRequest(Body(Encoding.UTF8.GetBytes(Seeds.Read("004")), "text/plain")));
        var id = pushed.GetProperty("id").GetString();
        using var status = await host.Client.GetAsync($"v1/bulletins/{id}/status");
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        var json = JsonDocument.Parse(await status.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(id, json.GetProperty("id").GetString());
        Assert.Equal("received", json.GetProperty("status").GetString());
        using var missing = await host.Client.GetAsync("v1/bulletins/0000000000000000/status");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }
}
