namespace Platform.Hosting.Configuration;

/// <summary>Section <c>Platform:Publish</c> (env <c>Platform__Publish__*</c>).</summary>
public sealed class PublishOptions
{
    /// <summary>Durable topic exchange that receives the public CloudEvents.</summary>
    public string Exchange { get; set; } = "bulletins.events";
    /// <summary>Dispatch public events to RabbitMQ (needs the rabbitmq transport settings for the connection).</summary>
    public bool DispatchToBroker { get; set; }
    /// <summary>How often the outbox is scanned for undispatched events.</summary>
    public TimeSpan OutboxInterval { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>CloudEvents <c>source</c> attribute.</summary>
    public string EventSource { get; set; } = "urn:platform:publish";
}
