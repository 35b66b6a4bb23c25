using Platform.Publish.Configuration;

namespace Platform.Publish.Tests;

public sealed class PublishOptionsValidatorTests
{
    public static TheoryData<string, PublishOptions, string> Invalid => new()
    {
        { "no exchange", new PublishOptions { Exchange = " " }, "Platform:Publish:Exchange" },
        { "short admin key", new PublishOptions { AdminApiKeys = "0123456789abcdef,short" }, "Platform:Publish:AdminApiKeys" },
        { "never disabled", new PublishOptions { WebhookMaxFailures = 0 }, "Platform:Publish:WebhookMaxFailures" },
        { "retry bounds reversed", new PublishOptions { WebhookRetryMinInterval = TimeSpan.FromMinutes(10), WebhookRetryMaxInterval = TimeSpan.FromMinutes(1) }, "Platform:Publish:WebhookRetryMinInterval" },
        { "no webhook timeout", new PublishOptions { WebhookTimeout = TimeSpan.Zero }, "Platform:Publish:WebhookTimeout" },
        { "no webhook interval", new PublishOptions { WebhookInterval = TimeSpan.Zero }, "Platform:Publish:WebhookInterval" },
        { "event limit too small", new PublishOptions { MaxEventBytes = 1000 }, "Platform:Publish:MaxEventBytes" },
        { "event limit over the broker's", new PublishOptions { MaxEventBytes = 16 * 1024 * 1024 }, "Platform:Publish:MaxEventBytes" },
        { "broker limit under the event limit", new PublishOptions { BrokerMaxMessageBytes = 1024 * 1024 }, "Platform:Publish:MaxEventBytes" },
        { "never quarantined", new PublishOptions { QuarantineAfterRefusals = 0 }, "Platform:Publish:QuarantineAfterRefusals" },
        { "no outbox interval", new PublishOptions { OutboxInterval = TimeSpan.Zero }, "Platform:Publish:OutboxInterval" },
        { "no confirm timeout", new PublishOptions { ConfirmTimeout = TimeSpan.Zero }, "Platform:Publish:ConfirmTimeout" },
        { "confirm wait outlasting the lease", new PublishOptions { ConfirmTimeout = TimeSpan.FromSeconds(30), DispatchLease = TimeSpan.FromSeconds(30) }, "Platform:Publish:ConfirmTimeout" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Each_bad_setting_is_named(string label, PublishOptions options, string key) =>
        SettingsAssert.FailsNaming(new PublishOptionsValidator(), options, key, label);

    [Fact]
    public void Defaults_and_long_admin_keys_pass()
    {
        Assert.True(new PublishOptionsValidator().Validate(null, new PublishOptions()).Succeeded);
        Assert.True(new PublishOptionsValidator().Validate(null, new PublishOptions { AdminApiKeys = "0123456789abcdef, fedcba9876543210" }).Succeeded);
    }
}
