namespace Platform.Hosting.Messaging;

/// <summary>The queue that consumes one internal message type, and the <c>_error</c> queue its failures end in.</summary>
/// <param name="Message">The message contract (e.g. <c>BulletinReceived</c>).</param>
/// <param name="Name">The queue (and MassTransit endpoint) name.</param>
public sealed record ConsumerQueue(Type Message, string Name)
{
    /// <summary>Where MassTransit moves a message whose retries and redeliveries all failed.</summary>
    public string ErrorQueue => Name + ErrorSuffix;

    public const string ErrorSuffix = "_error";
}
