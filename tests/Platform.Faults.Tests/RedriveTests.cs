using System.Text;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Platform.Hosting.Configuration;
using Platform.Hosting.Messaging;
using RabbitMQ.Client;

namespace Platform.Faults.Tests;

/// <summary>Issue 13 item 2: messages dead-lettered in an <c>_error</c> queue go back to their consumer queue on redrive.</summary>
public sealed class RedriveTests
{
    [Fact]
    public async Task Redrive_moves_the_dead_lettered_messages_back_and_leaves_the_error_queue_empty()
    {
        var vhost = await TestBroker.NewVirtualHostAsync();
        await using var publisher = new BrokerProcess(vhost, _ => { });
        await publisher.App.StartAsync(); // declares the consumer queues
        const string error = ConsumerQueues.ParseBulletin + ConsumerQueue.ErrorSuffix;
        await using (var connection = await TestBroker.ConnectAsync(vhost))
        await using (var channel = await connection.CreateChannelAsync())
        {
            await channel.QueueDeclareAsync(error, durable: true, exclusive: false, autoDelete: false);
            for (var i = 0; i < 3; i++)
            {
                var properties = new BasicProperties { MessageId = $"m{i}", Headers = new Dictionary<string, object?> { ["MT-Fault-Message"] = "database is locked" } };
                await channel.BasicPublishAsync("", error, mandatory: false, properties, Encoding.UTF8.GetBytes($"{{\"n\":{i}}}"));
            }
        }
        await Platform.Testing.Eventually.UntilAsync(async () => await TestBroker.CountAsync(vhost, error) == 3, TimeSpan.FromSeconds(10), () => "not dead-lettered");

        var redrive = new ErrorQueueRedrive(new TransportOptions { VirtualHost = vhost });
        var results = await redrive.RedriveAsync(null, CancellationToken.None);

        Assert.Equal(3, results.Single(r => r.Queue == ConsumerQueues.ParseBulletin).Moved);
        Assert.All(results.Where(r => r.Queue != ConsumerQueues.ParseBulletin), r => Assert.Equal(0, r.Moved));
        Assert.Equal(0u, await TestBroker.CountAsync(vhost, error));
        Assert.Equal(3u, await TestBroker.CountAsync(vhost, ConsumerQueues.ParseBulletin));
        await Assert.ThrowsAsync<ArgumentException>(() => redrive.RedriveAsync("no-such-queue", CancellationToken.None));
    }
}
