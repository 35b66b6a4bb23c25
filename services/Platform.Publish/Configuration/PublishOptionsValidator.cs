using Platform.Hosting.Configuration;

namespace Platform.Publish.Configuration;

/// <summary>Fails start-up naming the <c>Platform:Publish</c> setting that is wrong: exchange, event size, admin keys, webhook delivery.</summary>
public sealed class PublishOptionsValidator : SettingsValidator<PublishOptions>
{
    protected override void Check(PublishOptions options, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(options.Exchange)) errors.Add("Platform:Publish:Exchange must not be empty.");
        if (options.OutboxInterval <= TimeSpan.Zero) errors.Add("Platform:Publish:OutboxInterval must be positive.");
        if (options.DispatchLease < TimeSpan.FromSeconds(2)) errors.Add("Platform:Publish:DispatchLease must be at least 2 seconds (it is renewed every round).");
        if (options.ConfirmTimeout <= TimeSpan.Zero || options.ConfirmTimeout >= options.DispatchLease)
            errors.Add("Platform:Publish:ConfirmTimeout must be positive and below Platform:Publish:DispatchLease (a round must not outlast the lease).");
        if (options.MaxEventBytes is < PublishOptions.MinEventBytes || options.MaxEventBytes > options.BrokerMaxMessageBytes - PublishOptions.HeaderAllowance)
            errors.Add($"Platform:Publish:MaxEventBytes must be {PublishOptions.MinEventBytes} B or more and at least {PublishOptions.HeaderAllowance} B under Platform:Publish:BrokerMaxMessageBytes (was {options.MaxEventBytes}).");
        if (options.QuarantineAfterRefusals < 1) errors.Add("Platform:Publish:QuarantineAfterRefusals must be at least 1.");
        if (AdminKeys(options).Any(k => k.Length < PublishOptions.MinAdminKeyLength))
            errors.Add($"Platform:Publish:AdminApiKeys must be a comma-separated list of keys of at least {PublishOptions.MinAdminKeyLength} characters.");
        if (options.WebhookMaxFailures < 1) errors.Add("Platform:Publish:WebhookMaxFailures must be at least 1.");
        if (options.WebhookRetryMinInterval <= TimeSpan.Zero || options.WebhookRetryMaxInterval < options.WebhookRetryMinInterval)
            errors.Add("Platform:Publish:WebhookRetryMinInterval must be positive and not above Platform:Publish:WebhookRetryMaxInterval.");
        if (options.WebhookTimeout <= TimeSpan.Zero) errors.Add("Platform:Publish:WebhookTimeout must be positive.");
        if (options.WebhookInterval <= TimeSpan.Zero) errors.Add("Platform:Publish:WebhookInterval must be positive.");
    }

    /// <summary>The configured admin keys, one per comma-separated entry.</summary>
    public static string[] AdminKeys(PublishOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return (options.AdminApiKeys ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
