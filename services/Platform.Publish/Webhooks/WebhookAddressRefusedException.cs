namespace Platform.Publish.Webhooks;

/// <summary>A webhook host resolved only to addresses the <see cref="WebhookAddressPolicy"/> refuses; nothing was connected.</summary>
public sealed class WebhookAddressRefusedException : Exception
{
    public WebhookAddressRefusedException() { }

    public WebhookAddressRefusedException(string message) : base(message) { }

    public WebhookAddressRefusedException(string message, Exception inner) : base(message, inner) { }
}
