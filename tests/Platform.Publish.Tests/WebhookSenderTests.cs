using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Platform.Contracts.Events;
using Platform.Publish.Configuration;
using Platform.Publish.Webhooks;
using Platform.Storage;
using Platform.Testing;

namespace Platform.Publish.Tests;

/// <summary>The sender against a real receiver on Kestrel that answers with a body far larger than any answer needs.</summary>
public sealed class WebhookSenderTests
{
    private const long Cap = 256L * 1024 * 1024;

    [Fact]
    public async Task A_receiver_answering_with_a_huge_body_costs_a_few_kilobytes_and_the_status_stands()
    {
        long sent = 0;
        await using var receiver = await TestKestrel.StartAsync(app => app.MapPost("/hook", async (HttpContext http) =>
        {
            http.Response.StatusCode = 200;
            var chunk = new byte[64 * 1024];
            try
            {
                // 256 MB at most, so a sender that reads everything finishes (and fails the bound) instead of filling the machine.
                while (!http.RequestAborted.IsCancellationRequested && sent < Cap)
                {
                    await http.Response.Body.WriteAsync(chunk, http.RequestAborted);
                    Interlocked.Add(ref sent, chunk.Length);
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException)
            {
                // The sender hung up, as it should.
            }
        }));
        var options = Options.Create(new PublishOptions { WebhookAllowedHosts = "127.0.0.1", WebhookTimeout = TimeSpan.FromSeconds(20) });
        using var sender = new WebhookSender(new WebhookAddressPolicy(options), options, TimeProvider.System);
        var subscription = new Subscription("s1", receiver.Url("hook").AbsoluteUri, "#", "secret-0123456789abcdef", null, DateTimeOffset.UtcNow, 0, 0, null, null);
        var e = new PublicEvent(1, "e1", "article.published", "a1", "article.published.x", DateTimeOffset.UtcNow, "{}", false);

        var attempt = await sender.SendAsync(subscription, e, 1, CancellationToken.None);

        Assert.Equal(200, attempt.StatusCode);
        Assert.Null(attempt.Error);
        // What the receiver got into the socket before the sender hung up: kernel buffers, not a body read whole.
        Assert.True(Interlocked.Read(ref sent) < 64L * 1024 * 1024, $"{Interlocked.Read(ref sent)} bytes were sent before the sender stopped reading");
    }
}
