using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Hosting.Tests.Messaging;

/// <summary>Issue 13 item 2: consumers ride out a store outage longer than the immediate retries without hammering the store.</summary>
public sealed class StoreOutageRetryTests
{
    private static readonly Dictionary<string, string?> FastSchedule = new()
    {
        ["Platform:Transport:RetryLimit"] = "1",
        ["Platform:Transport:RetryMinInterval"] = "00:00:00.010",
        ["Platform:Transport:RetryMaxInterval"] = "00:00:00.010",
        ["Platform:Transport:RedeliveryLimit"] = "60",
        ["Platform:Transport:RedeliveryMinInterval"] = "00:00:00.200",
        ["Platform:Transport:RedeliveryMaxInterval"] = "00:00:00.200",
        ["Platform:Transport:BreakerResetInterval"] = "00:00:01",
    };

    private static TestPlatform Start(StoreOutage store) => new(bus =>
    {
        bus.AddSingleton(store);
        bus.AddSingleton<Probes>();
        bus.AddConsumer<StoreWriteConsumer>();
        bus.AddConsumer<StoreWriteFaultConsumer>();
    }, FastSchedule);

    [Fact]
    public async Task A_message_outlasting_the_immediate_retries_is_consumed_once_the_store_is_back_and_the_open_circuit_spares_the_store()
    {
        var store = new StoreOutage { Down = true };
        await using var platform = Start(store);
        await platform.App.StartAsync();
        await platform.App.Services.GetRequiredService<IBus>().Publish(new StoreWrite("w1"));
        // Four seconds down: without the circuit every 200 ms redelivery would cost a store call (about 20 in all); with it,
        // the fifth failure opens the circuit and one call a second tries again.
        await Task.Delay(TimeSpan.FromSeconds(4));
        var callsWhileDown = store.Calls;
        store.Down = false;
        var probes = platform.App.Services.GetRequiredService<Probes>();
        await probes.WhenConsumed("w1");
        Assert.InRange(callsWhileDown, 2, 12);
        Assert.False(probes.WhenConsumed("fault:w1").IsCompleted, "the message faulted although the store came back within the redelivery window");
        await platform.App.StopAsync();
    }

    [Fact]
    public async Task A_failure_that_is_not_an_outage_faults_after_the_immediate_retries_without_redelivery()
    {
        var store = new StoreOutage { Broken = true };
        await using var platform = Start(store);
        await platform.App.StartAsync();
        await platform.App.Services.GetRequiredService<IBus>().Publish(new StoreWrite("w2"));
        await platform.App.Services.GetRequiredService<Probes>().WhenConsumed("fault:w2");
        Assert.Equal(2, store.Calls); // the first attempt and RetryLimit = 1
        await platform.App.StopAsync();
    }

    [Fact]
    public async Task A_message_that_found_no_memory_is_redelivered_later_instead_of_faulting_after_the_quick_retries()
    {
        var store = new StoreOutage { Starved = true };
        await using var platform = Start(store);
        await platform.App.StartAsync();
        await platform.App.Services.GetRequiredService<IBus>().Publish(new StoreWrite("w3"));
        await Eventually.UntilAsync(() => Task.FromResult(store.Calls > 3), TimeSpan.FromSeconds(30), () => $"{store.Calls} attempts");
        store.Starved = false;
        var probes = platform.App.Services.GetRequiredService<Probes>();
        await probes.WhenConsumed("w3");
        Assert.False(probes.WhenConsumed("fault:w3").IsCompleted, "the message faulted although memory came back within the redelivery window");
        await platform.App.StopAsync();
    }
}
