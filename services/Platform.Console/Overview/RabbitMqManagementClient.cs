using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Platform.OperatorConsole.Overview;

/// <summary>
/// Reads queue depths and consumer counts of the platform's vhost from RabbitMQ's management HTTP API
/// (<c>GET /api/queues/{vhost}</c>), when <see cref="ConsoleOptions.RabbitMqManagementUrl"/> is set.
/// Credentials default to the transport's; the vhost is the transport's.
/// </summary>
public sealed class RabbitMqManagementClient(HttpClient http, IOptions<ConsoleOptions> options, IConfiguration configuration)
{
    public bool Configured => !string.IsNullOrWhiteSpace(options.Value.RabbitMqManagementUrl);

    public async Task<QueueReport> ReadAsync(CancellationToken ct)
    {
        if (!Configured) return QueueReport.NotConfigured;
        var o = options.Value;
        var vhost = configuration["Platform:Transport:VirtualHost"] is { Length: > 0 } v ? v : "/";
        var user = o.RabbitMqManagementUser ?? configuration["Platform:Transport:Username"] ?? "guest";
        var password = o.RabbitMqManagementPassword ?? configuration["Platform:Transport:Password"] ?? "guest";
        var url = new Uri(new Uri(o.RabbitMqManagementUrl!.TrimEnd('/') + "/"),
            "api/queues/" + Uri.EscapeDataString(vhost) + "?columns=name,messages,messages_ready,messages_unacknowledged,consumers");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            using var response = await http.SendAsync(request, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode) return new QueueReport(null, $"management API answered {(int)response.StatusCode} {response.ReasonPhrase}");
            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            using var json = await JsonDocument.ParseAsync(body, cancellationToken: timeout.Token).ConfigureAwait(false);
            return new QueueReport(Parse(json.RootElement), null);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            return new QueueReport(null, "management API unreachable: " + ex.Message);
        }
    }

    /// <summary>The queues of a <c>/api/queues</c> answer, by name.</summary>
    public static IReadOnlyList<QueueDepth> Parse(JsonElement queues) =>
        queues.EnumerateArray().Select(q => new QueueDepth(
                q.GetProperty("name").GetString() ?? "",
                Number(q, "messages"), Number(q, "messages_ready"), Number(q, "messages_unacknowledged"), (int)Number(q, "consumers")))
            .OrderBy(q => q.Name, StringComparer.Ordinal).ToList();

    // A queue that has never been sampled yet lacks the message counters: treat as 0.
    private static long Number(JsonElement q, string name) =>
        q.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : 0;
}
