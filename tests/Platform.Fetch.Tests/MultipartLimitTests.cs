using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using static Platform.Fetch.Tests.PushRequests;

namespace Platform.Fetch.Tests;

/// <summary>
/// Multipart pushes pay the rate limit per file and are bounded in parts and bytes, chunked or not; a refused
/// multipart push stores nothing.
/// </summary>
public sealed class MultipartLimitTests : IAsyncLifetime
{
    private const int PermitsPerMinute = 6;
    private const int MaxParts = 8;

    // Kestrel, not the test server: the body limit Kestrel enforces on a chunked body is part of what is tested.
    private readonly FetchHost _host = new()
    {
        OnKestrel = true,
        Settings = new Dictionary<string, string?>
        {
            ["Platform:Fetch:RateLimitPerMinute"] = PermitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Platform:Fetch:MaxMultipartParts"] = MaxParts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Platform:Fetch:ApiKeys"] = "permits=" + FetchHost.Key + ",parts=parts-key-0123456789,chunked=chunked-key-0123456789",
        },
    };

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    private static string Bulletin(string tag) => $"多部分限额测试\n\n正文内容，编号 {tag}。";

    private static MultipartFormDataContent Form(string tag, int files)
    {
        var form = new MultipartFormDataContent();
        for (var i = 0; i < files; i++)
        {
            var part = new ByteArrayContent(Encoding.UTF8.GetBytes(Bulletin($"{tag}-{i}")));
            part.Headers.ContentType = MediaTypeHeaderValue.Parse("text/plain; charset=utf-8");
            form.Add(part, "file", $"{tag}-{i}.txt");
        }
        return form;
    }

    private async Task<(HttpStatusCode Status, JsonElement Json)> PushAsync(HttpContent content, string key)
    {
        using var request = PushRequest(content, key);
        using var response = await _host.Client.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private async Task<int> StoredAsync() => (await _host.Store.RawBulletins.ListIdsAsync(null, null)).Count;

    [Fact]
    public async Task Every_file_costs_a_permit_and_a_batch_over_the_remaining_permits_stores_nothing()
    {
        var (first, items) = await PushAsync(Form("permits-a", 4), FetchHost.Key);
        Assert.Equal(HttpStatusCode.MultiStatus, first);
        Assert.Equal(4, items.GetProperty("items").GetArrayLength());
        var stored = await StoredAsync();

        // Four of six permits are spent: a request of three files needs three and gets none of its files stored.
        var (second, problem) = await PushAsync(Form("permits-b", 3), FetchHost.Key);
        Assert.Equal(HttpStatusCode.TooManyRequests, second);
        Assert.Equal("urn:platform:problem:rate-limited", problem.GetProperty("type").GetString());
        Assert.Equal(stored, await StoredAsync());

        // The refused request spent one permit; the last one is left for a single body, then none.
        var single = new ByteArrayContent(Encoding.UTF8.GetBytes(Bulletin("permits-single")));
        single.Headers.ContentType = MediaTypeHeaderValue.Parse("text/plain; charset=utf-8");
        Assert.Equal(HttpStatusCode.Accepted, (await PushAsync(single, FetchHost.Key)).Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await PushAsync(Form("permits-c", 1), FetchHost.Key)).Status);
    }

    [Fact]
    public async Task More_parts_than_the_limit_is_413_and_stores_nothing()
    {
        var before = await StoredAsync();
        var (status, problem) = await PushAsync(Form("parts", MaxParts + 1), "parts-key-0123456789");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("urn:platform:problem:too-many-parts", problem.GetProperty("type").GetString());
        Assert.Equal(before, await StoredAsync());
    }

    [Fact]
    public async Task Chunked_multipart_over_the_body_limit_is_413_and_stores_nothing()
    {
        var before = await StoredAsync();
        // Two files each under the 64 KiB limit, over it together.
        using var form = new MultipartFormDataContent();
        foreach (var name in new[] { "a.txt", "b.txt" })
        {
            var half = new ByteArrayContent(Encoding.UTF8.GetBytes(new string('文', 15_000)));
            half.Headers.ContentType = MediaTypeHeaderValue.Parse("text/plain; charset=utf-8");
            form.Add(half, "file", name);
        }
        var bytes = await form.ReadAsByteArrayAsync();
        var chunked = new ChunkedContent(bytes);
        chunked.Headers.ContentType = form.Headers.ContentType;
        var (status, problem) = await PushAsync(chunked, "chunked-key-0123456789");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("urn:platform:problem:body-too-large", problem.GetProperty("type").GetString());
        Assert.Equal(before, await StoredAsync());
    }
}

/// <summary>Content of unknown length, so the client sends it chunked: no Content-Length to refuse up front.</summary>
internal sealed class ChunkedContent(byte[] bytes) : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(bytes).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
