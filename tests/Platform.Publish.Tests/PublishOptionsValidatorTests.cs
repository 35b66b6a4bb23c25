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
        { "no outbox interval", new PublishOptions { OutboxInterval = TimeSpan.Zero }, "Platform:Publish:OutboxInterval" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Each_bad_setting_is_named(string label, PublishOptions options, string key)
    {
        var result = new PublishOptionsValidator().Validate(null, options);
        Assert.True(result.Failed, label);
        Assert.Contains(result.Failures, f => f.StartsWith(key, StringComparison.Ordinal));
    }

    [Fact]
    public void Defaults_and_long_admin_keys_pass()
    {
        Assert.True(new PublishOptionsValidator().Validate(null, new PublishOptions()).Succeeded);
        Assert.True(new PublishOptionsValidator().Validate(null, new PublishOptions { AdminApiKeys = "0123456789abcdef, fedcba9876543210" }).Succeeded);
    }
}
