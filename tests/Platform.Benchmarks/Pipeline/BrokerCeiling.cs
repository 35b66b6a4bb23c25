using System.Diagnostics;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Platform.Benchmarks.Pipeline;

/// <summary>
/// The distributed ceiling: raw RabbitMQ.Client messages/s through one quorum queue, published persistent with
/// confirms (up to 1,000 in flight) while a consumer acknowledges each (prefetch 32, as the services use), until all
/// are consumed. Every internal pipeline message makes that same trip, so bulletins/s can be no more than this
/// divided by the messages one bulletin costs.
/// </summary>
public static class BrokerCeiling
{
    public static async Task<double> MeasureAsync(string virtualHost, int messages, int bodyBytes)
    {
        var factory = new ConnectionFactory { HostName = "127.0.0.1", VirtualHost = virtualHost, UserName = "guest", Password = "guest" };
        var queue = "bench.ceiling." + Guid.NewGuid().ToString("N")[..8];
        await using var publishing = await factory.CreateConnectionAsync().ConfigureAwait(false);
        await using var consuming = await factory.CreateConnectionAsync().ConfigureAwait(false);
        await using var publisher = await publishing.CreateChannelAsync(new CreateChannelOptions(true, true)).ConfigureAwait(false);
        await using var consumer = await consuming.CreateChannelAsync().ConfigureAwait(false);
        await publisher.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" }).ConfigureAwait(false);
        try
        {
            await consumer.BasicQosAsync(0, 32, false).ConfigureAwait(false);
            var received = 0;
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var receiver = new AsyncEventingBasicConsumer(consumer);
            receiver.ReceivedAsync += async (_, delivery) =>
            {
                await consumer.BasicAckAsync(delivery.DeliveryTag, multiple: false).ConfigureAwait(false);
                if (Interlocked.Increment(ref received) == messages) done.TrySetResult();
            };
            await consumer.BasicConsumeAsync(queue, autoAck: false, receiver).ConfigureAwait(false);

            var body = new byte[bodyBytes];
            Random.Shared.NextBytes(body);
            using var inFlight = new SemaphoreSlim(1000);
            var clock = Stopwatch.StartNew();
            var confirms = new List<Task>(messages);
            for (var i = 0; i < messages; i++)
            {
                await inFlight.WaitAsync().ConfigureAwait(false);
                confirms.Add(PublishAsync(publisher, queue, body, inFlight));
            }
            await Task.WhenAll(confirms).ConfigureAwait(false);
            await done.Task.WaitAsync(TimeSpan.FromMinutes(5)).ConfigureAwait(false);
            return messages / clock.Elapsed.TotalSeconds;
        }
        finally
        {
            await publisher.QueueDeleteAsync(queue).ConfigureAwait(false);
        }
    }

    private static async Task PublishAsync(IChannel channel, string queue, byte[] body, SemaphoreSlim inFlight)
    {
        try
        {
            await channel.BasicPublishAsync("", queue, mandatory: false, new BasicProperties { DeliveryMode = DeliveryModes.Persistent }, body).ConfigureAwait(false);
        }
        finally
        {
            inFlight.Release();
        }
    }
}
