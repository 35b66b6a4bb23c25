namespace Platform.Hosting.Configuration;

/// <summary>Which MassTransit transport carries the internal messages.</summary>
public enum TransportKind
{
    /// <summary>In-process; only for the all-in-one host.</summary>
    InMemory,
    /// <summary>RabbitMQ; needed when services run as separate processes.</summary>
    RabbitMq,
}
