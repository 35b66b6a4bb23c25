using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Platform.Contracts.Events;
using Platform.Publish.Configuration;
using Platform.Storage;

namespace Platform.Publish.Webhooks;

/// <summary>
/// POSTs one event to one subscription and reports the attempt. Connections are made only to addresses the
/// <see cref="WebhookAddressPolicy"/> allows (checked after DNS, per connection); redirects are not followed,
/// since a 3xx to an inner address would bypass that check.
/// </summary>
public sealed class WebhookSender : IDisposable
{
    private readonly HttpClient _client;
    private readonly PublishOptions _options;
    private readonly TimeProvider _time;

    public WebhookSender(WebhookAddressPolicy policy, IOptions<PublishOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectTimeout = _options.WebhookTimeout,
            ConnectCallback = (context, ct) => ConnectAsync(policy, context, ct),
        };
        _client = new HttpClient(handler) { Timeout = _options.WebhookTimeout };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("platform-webhooks", "1.0"));
    }

    public async Task<DeliveryAttempt> SendAsync(Subscription subscription, PublicEvent e, int attempt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(e);
        var at = _time.GetUtcNow();
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
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var error = response.IsSuccessStatusCode ? null : $"HTTP {status}";
            return new DeliveryAttempt(subscription.Id, e.Sequence, e.Id, attempt, status, error, clock.Elapsed.TotalMilliseconds, at);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            var reason = ex is TaskCanceledException ? $"timed out after {_options.WebhookTimeout.TotalSeconds:0.#}s" : ex.Message;
            return new DeliveryAttempt(subscription.Id, e.Sequence, e.Id, attempt, null, reason, clock.Elapsed.TotalMilliseconds, at);
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
            throw new HttpRequestException($"refused to connect to '{host}': it resolves only to loopback/private addresses " +
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

    public void Dispose() => _client.Dispose();
}
