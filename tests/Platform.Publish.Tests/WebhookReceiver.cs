using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Platform.Publish.Tests;

/// <summary>A webhook receiver on Kestrel (127.0.0.1, ephemeral port) that answers the n-th call with <c>status(n)</c> and records every call.</summary>
public sealed class WebhookReceiver(Func<int, int> status) : IAsyncDisposable
{
    private WebApplication? _app;
    private int _calls;

    public sealed record Call(int Status, byte[] Body, string? ContentType, string? Timestamp, string? Signature);

    public ConcurrentQueue<Call> Calls { get; } = new();
    public string Url { get; private set; } = "";

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/hook", async (HttpContext http) =>
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer);
            var code = status(Interlocked.Increment(ref _calls));
            Calls.Enqueue(new Call(code, buffer.ToArray(), http.Request.ContentType,
                http.Request.Headers["X-Platform-Timestamp"], http.Request.Headers["X-Platform-Signature"]));
            return Results.StatusCode(code);
        });
        await _app.StartAsync();
        Url = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/hook";
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}
