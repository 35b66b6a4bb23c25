using Microsoft.Extensions.Options;
using Platform.Hosting.Configuration;

namespace Platform.Hosting.Tests;

public sealed class SettingsValidationTests
{
    public static TheoryData<string, TransportOptions, string> InvalidTransport => new()
    {
        { "no broker host", new TransportOptions { Kind = TransportKind.RabbitMq, Host = "" }, "Platform:Transport:Host" },
        { "port out of range", new TransportOptions { Kind = TransportKind.RabbitMq, Port = 70000 }, "Platform:Transport:Port" },
        { "empty vhost", new TransportOptions { Kind = TransportKind.RabbitMq, VirtualHost = "" }, "Platform:Transport:VirtualHost" },
        { "no prefetch", new TransportOptions { PrefetchCount = 0 }, "Platform:Transport:PrefetchCount" },
        { "no concurrency", new TransportOptions { ConcurrencyLimit = 0 }, "Platform:Transport:ConcurrencyLimit" },
        { "negative retries", new TransportOptions { RetryLimit = -1 }, "Platform:Transport:RetryLimit" },
        { "retry bounds reversed", new TransportOptions { RetryMinInterval = TimeSpan.FromSeconds(5), RetryMaxInterval = TimeSpan.FromSeconds(1) }, "Platform:Transport:RetryMinInterval" },
        { "negative redeliveries", new TransportOptions { RedeliveryLimit = -1 }, "Platform:Transport:RedeliveryLimit" },
        { "redelivery bounds reversed", new TransportOptions { RedeliveryMinInterval = TimeSpan.FromMinutes(1), RedeliveryMaxInterval = TimeSpan.FromSeconds(1) }, "Platform:Transport:RedeliveryMinInterval" },
        { "held past the broker's consumer timeout", new TransportOptions { Kind = TransportKind.RabbitMq, RedeliveryLimit = 20, RedeliveryMaxInterval = TimeSpan.FromMinutes(5) }, "Platform:Transport:RedeliveryLimit" },
        { "breaker never resets", new TransportOptions { BreakerResetInterval = TimeSpan.Zero }, "Platform:Transport:BreakerResetInterval" },
    };

    [Theory]
    [MemberData(nameof(InvalidTransport))]
    public void Each_bad_transport_setting_is_named(string label, TransportOptions options, string key) =>
        SettingsAssert.FailsNaming(new TransportOptionsValidator(), options, key, label);

    public static TheoryData<string, StoreOptions, string> InvalidStore => new()
    {
        { "no sqlite path", new StoreOptions { SqlitePath = " " }, "Platform:Store:SqlitePath" },
        { "mongodb without uri", new StoreOptions { Kind = StoreKind.MongoDb }, "Platform:Store:MongoUri" },
        { "mongodb with another scheme", new StoreOptions { Kind = StoreKind.MongoDb, MongoUri = "http://db" }, "Platform:Store:MongoUri" },
    };

    [Theory]
    [MemberData(nameof(InvalidStore))]
    public void Each_bad_store_setting_is_named(string label, StoreOptions options, string key) =>
        SettingsAssert.FailsNaming(new StoreOptionsValidator(), options, key, label);

    [Fact]
    public void Defaults_pass()
    {
        Assert.True(new TransportOptionsValidator().Validate(null, new TransportOptions()).Succeeded);
        Assert.True(new StoreOptionsValidator().Validate(null, new StoreOptions()).Succeeded);
    }

    [Fact]
    public async Task A_bad_setting_stops_the_host_at_start_naming_it()
    {
        await using var platform = new TestPlatform(_ => { }, new Dictionary<string, string?> { ["Platform:Transport:PrefetchCount"] = "0" });
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => platform.App.StartAsync());
        Assert.Contains("Platform:Transport:PrefetchCount", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_stops_the_host_naming_the_key()
    {
        await using var platform = new TestPlatform(_ => { }, new Dictionary<string, string?> { ["Platform:Store:ServerSelectionTimeout"] = "soon" });
        var ex = await Assert.ThrowsAnyAsync<Exception>(() => platform.App.StartAsync());
        Assert.Contains("Platform:Store:ServerSelectionTimeout", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_are_listed_with_keys_variables_and_defaults()
    {
        var keys = ConfigurationKeys.For<TransportOptions>();
        Assert.Contains(("Platform:Transport:Kind", "Platform__Transport__Kind", "inmemory"), keys);
        Assert.Contains(("Platform:Transport:RetryMaxInterval", "Platform__Transport__RetryMaxInterval", "00:00:30"), keys);
    }
}
