using Platform.Hosting.Configuration;

namespace Platform.Publish.Configuration;

/// <summary>Section <c>Platform:Publish</c> (env <c>Platform__Publish__*</c>).</summary>
public sealed class PublishOptions : ISettingsSection
{
    public static string Section => "Platform:Publish";

    /// <summary>Shortest admin key accepted in <see cref="AdminApiKeys"/>.</summary>
    public const int MinAdminKeyLength = 16;

    /// <summary>Durable topic exchange that receives the public CloudEvents.</summary>
    public string Exchange { get; set; } = "bulletins.events";
    /// <summary>Dispatch public events to RabbitMQ (needs the rabbitmq transport settings for the connection).</summary>
    public bool DispatchToBroker { get; set; }
    /// <summary>How often the outbox is scanned for undispatched events.</summary>
    public TimeSpan OutboxInterval { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>CloudEvents <c>source</c> attribute.</summary>
    public string EventSource { get; set; } = "urn:platform:publish";
    /// <summary>Comma-separated admin keys (secret: set from the environment) for webhook subscriptions and replay.</summary>
    public string? AdminApiKeys { get; set; }
    /// <summary>Comma-separated hosts or IPs webhooks may reach although loopback/private (e.g. "127.0.0.1,hooks.internal").</summary>
    public string? WebhookAllowedHosts { get; set; }
    /// <summary>Consecutive failed attempts after which a webhook subscription is disabled.</summary>
    public int WebhookMaxFailures { get; set; } = 10;
    /// <summary>First retry delay of a failed webhook delivery; doubles per failure (with jitter).</summary>
    public TimeSpan WebhookRetryMinInterval { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>Longest retry delay of a failed webhook delivery.</summary>
    public TimeSpan WebhookRetryMaxInterval { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>Timeout of one webhook request.</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>How often subscriptions are checked for new events.</summary>
    public TimeSpan WebhookInterval { get; set; } = TimeSpan.FromSeconds(1);
}
