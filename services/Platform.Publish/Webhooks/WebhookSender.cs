using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Platform.Contracts.Events;
using Platform.Publish.Configuration;
using Platform.Storage;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Platform.Publish.Webhooks;

/// <summary>
/// POSTs one event to one subscription and reports the attempt. Connections are made only to addresses the
/// <see cref="WebhookAddressPolicy"/> allows (checked after DNS, per connection); redirects are not followed,
/// since a 3xx to an inner address would bypass that check.
/// </summary>
public sealed class WebhookSender(IHttpClientFactory clients, IOptions<PublishOptions> options, TimeProvider time)
{
    public const string ClientName = "platform-webhooks";

    /// <summary>The most of a receiver's response body that is read.</summary>
    public const int MaxResponseBytes = 4096;

    private readonly PublishOptions _options = options.Value;

    /// <summary>The handler under the client's resilience pipeline: no proxy, no redirects, connections checked by the policy.</summary>
    public static SocketsHttpHandler CreateHandler(WebhookAddressPolicy policy, PublishOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectTimeout = options.WebhookTimeout,
            ConnectCallback = (context, ct) => ConnectAsync(policy, context, ct),
        };
    }

    public async Task<DeliveryAttempt> SendAsync(Subscription subscription, PublicEvent e, int attempt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(e);
        var at = time.GetUtcNow();
        var body = StructuredCloudEvent.Serialize(e, _options.EventSource);
        var timestamp = at.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(StructuredCloudEvent.ContentType) { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Compute(subscription.Secret, timestamp, body));
        request.Headers.Add("X-Platform-Subscription", subscription.Id);
        var clock = Stopwatch.StartNew();
        try
        {
            // Headers only: a receiver's body is not ours to hold. A few KB are read (a short answer completes cleanly)
            // and the rest is dropped with the connection, however much the receiver sends.
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
            await DiscardBodyAsync(response, ct).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var error = response.IsSuccessStatusCode ? null : $"HTTP {status}";
            return new DeliveryAttempt(subscription.Id, e.Sequence, e.Id, attempt, status, error, clock.Elapsed.TotalMilliseconds, at);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or ExecutionRejectedException && !ct.IsCancellationRequested)
        {
            var reason = ex switch
            {
                BrokenCircuitException => $"not sent: recent deliveries to {new Uri(subscription.Url).Authority} failed; its circuit breaker holds them for {WebhookResilience.BreakDuration.TotalSeconds:0} s",
                TimeoutRejectedException or TaskCanceledException => $"timed out after {_options.WebhookTimeout.TotalSeconds:0.#}s",
                _ => ex.Message,
            };
            return new DeliveryAttempt(subscription.Id, e.Sequence, e.Id, attempt, null, reason, clock.Elapsed.TotalMilliseconds, at);
        }
    }

    /// <summary>Reads at most <see cref="MaxResponseBytes"/> of the response body, within the webhook timeout, and ignores it.</summary>
    private async Task DiscardBodyAsync(HttpResponseMessage response, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(_options.WebhookTimeout);
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(deadline.Token).ConfigureAwait(false);
            var buffer = new byte[MaxResponseBytes];
            await body.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, deadline.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            // The status is the receiver's answer; a body that breaks off or drips changes nothing about it.
        }
    }

    private static async ValueTask<Stream> ConnectAsync(WebhookAddressPolicy policy, SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, ct).ConfigureAwait(false);
        var allowed = addresses.Where(a => policy.MayConnect(host, a)).ToArray();
        if (allowed.Length == 0)
        {
            throw new WebhookAddressRefusedException($"refused to connect to '{host}': it resolves only to loopback/private addresses " +
                "(Platform:Publish:WebhookAllowedHosts allows named hosts).");
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, ct).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
