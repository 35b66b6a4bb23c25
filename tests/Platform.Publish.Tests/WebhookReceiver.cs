using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Platform.Publish.Tests;

/// <summary>A webhook receiver on Kestrel (127.0.0.1, ephemeral port) that answers the n-th call with <c>status(n)</c> and records every call.</summary>
public sealed class WebhookReceiver(Func<int, int> status) : IAsyncDisposable
{
    private TestKestrel? _server;
    private int _calls;

    public sealed record Call(int Status, byte[] Body, string? ContentType, string? Timestamp, string? Signature);

    public ConcurrentQueue<Call> Calls { get; } = new();
    public string Url { get; private set; } = "";

    public async Task StartAsync()
    {
        _server = await TestKestrel.StartAsync(app => app.MapPost("/hook", async (HttpContext http) =>
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer);
            var code = status(Interlocked.Increment(ref _calls));
            Calls.Enqueue(new Call(code, buffer.ToArray(), http.Request.ContentType,
                http.Request.Headers["X-Platform-Timestamp"], http.Request.Headers["X-Platform-Signature"]));
            return Results.StatusCode(code);
        }));
        Url = _server.Url("hook").AbsoluteUri;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}
