using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Platform.Fetch.Tests.Feeds;

/// <summary>
/// The feeds' upstream: real Kestrel on 127.0.0.1 (ephemeral port) serving documents, an RSS and an Atom feed
/// (both answering conditional GETs with 304), a flaky URL, a slow one, redirect chains, redirects to a private
/// address and to localhost, and oversized bodies. Records every request with its conditional headers.
/// </summary>
public sealed class UpstreamServer : IAsyncDisposable
{
    public const string RssETag = "\"rss-v1\"";
    public const string AtomLastModified = "Wed, 11 Jun 2025 02:00:00 GMT";
    public const int BigBytes = 200_000;

    private TestKestrel _server = null!;
    private int _flakyCalls;

    static UpstreamServer() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public ConcurrentQueue<UpstreamRequest> Requests { get; } = new();
    public Uri BaseUri => _server.BaseAddress;
    /// <summary>How many requests to /flaky answer 500 before it serves a document.</summary>
    public int FlakyFailures { get; set; } = 3;

    public Uri Url(string path) => _server.Url(path);

    public int Count(string path) => Requests.Count(r => r.Path == path);

    public static async Task<UpstreamServer> StartAsync()
    {
        var upstream = new UpstreamServer();
        upstream._server = await TestKestrel.StartAsync(upstream.Map);
        return upstream;
    }

    /// <summary>The text of seed <paramref name="n"/> as served under /doc/…/n.</summary>
    public static string SeedText(int n) => Seeds.Read($"00{n}");

    private void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            Requests.Enqueue(new UpstreamRequest(context.Request.Path, Header(context, "If-None-Match"), Header(context, "If-Modified-Since")));
            await next(context);
        });
        app.MapGet("/doc/html/{n:int}", (int n) => Results.Text(
            $"<html><head><title>简报</title><script>var tracking = 1;</script></head><body><nav>首页 | 导航</nav><article><pre>{SeedText(n)}</pre></article></body></html>",
            "text/html; charset=utf-8"));
        app.MapGet("/doc/gb/{n:int}", (int n) => Results.Bytes(Encoding.GetEncoding("GB18030").GetBytes(SeedText(n)), "text/plain"));
        app.MapGet("/doc/text/{n:int}", (int n) => Results.Text(SeedText(n), "text/plain; charset=utf-8"));
        app.MapGet("/rss.xml", (HttpContext context) =>
        {
            if (Header(context, "If-None-Match") == RssETag) return Results.StatusCode(StatusCodes.Status304NotModified);
            context.Response.Headers.ETag = RssETag;
            return Results.Text(Rss(), "application/rss+xml; charset=utf-8");
        });
        app.MapGet("/atom.xml", (HttpContext context) =>
        {
            if (Header(context, "If-Modified-Since") == AtomLastModified) return Results.StatusCode(StatusCodes.Status304NotModified);
            context.Response.Headers.LastModified = AtomLastModified;
            return Results.Text(Atom, "application/atom+xml");
        });
        app.MapGet("/flaky", () => Interlocked.Increment(ref _flakyCalls) <= FlakyFailures
            ? Results.StatusCode(StatusCodes.Status500InternalServerError)
            : Results.Text(SeedText(4), "text/plain; charset=utf-8"));
        app.MapGet("/slow", async (HttpContext context) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
            return Results.Text(SeedText(2), "text/plain");
        });
        app.MapGet("/redirect/{n:int}", (int n) => Results.Redirect(n > 0 ? $"/redirect/{n - 1}" : "/doc/text/2"));
        app.MapGet("/to-private", () => Results.Redirect("http://10.255.255.1/x"));
        app.MapGet("/to-localhost", () => Results.Redirect($"http://localhost:{BaseUri.Port}/doc/text/2"));
        app.MapGet("/big", async (HttpContext context) =>
        {
            // No Content-Length: the limit must hold while streaming.
            context.Response.ContentType = "text/plain";
            var chunk = Encoding.UTF8.GetBytes(new string('文', 1000));
            for (var written = 0; written < BigBytes; written += chunk.Length) await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
        });
        app.MapGet("/big-declared", () => Results.Bytes(new byte[BigBytes], "text/plain"));
    }

    private string Rss() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>精神文明报</title><link>{BaseUri}</link>
          <item><title>第一篇</title><link>{Url("doc/html/0")}</link><guid isPermaLink="false">item-0</guid><pubDate>Tue, 10 Jun 2025 08:30:00 +0800</pubDate></item>
          <item><title>第二篇</title><guid>{Url("doc/gb/1")}</guid><pubDate>Wed, 11 Jun 2025 01:00:00 GMT</pubDate></item>
          <item><title>无链接</title><description>no link</description></item>
        </channel></rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>简报</title><id>urn:test:atom</id><updated>2025-06-11T02:00:00Z</updated>
          <entry><title>一</title><id>urn:test:2</id><link rel="alternate" href="doc/text/2"/><updated>2025-06-11T02:00:00Z</updated><published>2025-06-09T10:00:00+08:00</published></entry>
          <entry><title>二</title><id>urn:test:3</id><link rel="edit" href="edit/3"/><link href="/doc/text/3"/><updated>2025-06-11T01:00:00Z</updated></entry>
        </feed>
        """;

    private static string? Header(HttpContext context, string name) =>
        context.Request.Headers.TryGetValue(name, out var value) ? value.ToString() : null;

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
