using Platform.Hosting.Configuration;

namespace Platform.Publish.Configuration;

/// <summary>Section <c>Platform:Publish</c> (env <c>Platform__Publish__*</c>).</summary>
public sealed class PublishOptions : ISettingsSection
{
    public static string Section => "Platform:Publish";

    /// <summary>Shortest admin key accepted in <see cref="AdminApiKeys"/>.</summary>
    public const int MinAdminKeyLength = 16;

    /// <summary>Smallest <see cref="MaxEventBytes"/>: room for a truncated article's ids, titles and enrichment summary.</summary>
    public const int MinEventBytes = 16 * 1024;

    /// <summary>What <see cref="MaxEventBytes"/> stays under <see cref="BrokerMaxMessageBytes"/> by: the CloudEvents headers and frame overhead.</summary>
    public const int HeaderAllowance = 64 * 1024;

    /// <summary>Durable topic exchange that receives the public CloudEvents.</summary>
    public string Exchange { get; set; } = "bulletins.events";
    /// <summary>Dispatch public events to RabbitMQ (needs the rabbitmq transport settings for the connection).</summary>
    public bool DispatchToBroker { get; set; }
    /// <summary>How often the outbox is scanned for undispatched events.</summary>
    public TimeSpan OutboxInterval { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>
    /// How long the lease of the single dispatching replica (outbox and webhooks) lasts unless renewed: how long the
    /// others wait after it crashed. It is renewed every round, so it must be well above a round's duration.
    /// </summary>
    public TimeSpan DispatchLease { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>
    /// How long a round of the outbox waits for the broker's publisher confirms. The events left unconfirmed go out again
    /// on a new channel (at-least-once), so a lost confirm cannot hold the outbox. Below the lease, which a round must not outlast.
    /// </summary>
    public TimeSpan ConfirmTimeout { get; set; } = TimeSpan.FromSeconds(20);
    /// <summary>
    /// Largest event body appended (UTF-8 bytes): an article event over it carries a truncated body with a link to the
    /// full document in the query API. Well under RabbitMQ 4's 16 MiB default, so one big bulletin cannot make an event the
    /// broker refuses.
    /// </summary>
    public int MaxEventBytes { get; set; } = 1024 * 1024;
    /// <summary>
    /// The broker's maximum message size (RabbitMQ 4's <c>max_message_size</c> default is 16 MiB): the dispatcher
    /// quarantines an event over it instead of sending what the broker would refuse.
    /// </summary>
    public int BrokerMaxMessageBytes { get; set; } = 16 * 1024 * 1024;
    /// <summary>
    /// Refusals (negative confirms) of one event, while the broker accepts others, after which the dispatcher quarantines it.
    /// </summary>
    public int QuarantineAfterRefusals { get; set; } = 3;
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
