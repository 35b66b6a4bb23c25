using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Messages;
using Platform.Hosting.Messaging;

namespace Platform.Faults.Tests;

/// <summary>Issue 13 item 1: a message published on a fresh virtual host, before any consumer ever started, is kept.</summary>
public sealed class FirstDeployTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Every_message_published_before_its_consumer_ever_ran_waits_in_the_consumer_queue()
    {
        var vhost = await TestBroker.NewVirtualHostAsync();
        await using (var publisher = new BrokerProcess(vhost, _ => { }))
        {
            await publisher.App.StartAsync();
            var bus = publisher.App.Services.GetRequiredService<IBus>();
            await bus.Publish(new BulletinReceived("b1", "push", new string('a', 64), Now));
            await bus.Publish(new BulletinParsed("b1", 1, "p1"));
            await bus.Publish(new ArticleParsed("b1-01", "b1", 1));
            await bus.Publish(new BulletinEnriched("b1", "p1"));
            await bus.Publish(new ArticleEnriched("b1-01", "b1"));
            await bus.Publish(new BulletinRejected("b2", "empty"));
        }
        foreach (var queue in ConsumerQueues.All)
        {
            Assert.Equal(1u, await TestBroker.CountAsync(vhost, queue.Name));
        }
    }

    [Fact]
    public async Task The_consumer_started_later_declares_the_same_queue_and_receives_what_waited()
    {
        var vhost = await TestBroker.NewVirtualHostAsync();
        // Both stay alive until the end: MassTransit's log context is process-wide, and a disposed bus's logger factory breaks the next bus.
        await using var publisher = new BrokerProcess(vhost, _ => { });
        await publisher.App.StartAsync();
        await publisher.App.Services.GetRequiredService<IBus>().Publish(new BulletinReceived("b1", "push", new string('a', 64), Now));
        await TestApps.StopAsync(publisher.App);
        await using var consumer = new BrokerProcess(vhost, bus =>
        {
            bus.AddSingleton<ReceivedBulletins>();
            bus.AddConsumer<BulletinProbe, BulletinProbeDefinition>();
        });
        await consumer.App.StartAsync();
        var received = consumer.App.Services.GetRequiredService<ReceivedBulletins>();
        await Eventually.UntilAsync(() => Task.FromResult(received.Ids.Contains("b1")), TimeSpan.FromSeconds(30), () => "b1 was not consumed");
    }
}
