using System.Text;
using RabbitMQ.Client;

namespace Platform.Integration.Tests;

/// <summary>
/// A durable queue of the test's own bound to every routing key of a public exchange, declared before the first push
/// and read once at the end: the CloudEvents ids that really reached the exchange, duplicates included.
/// </summary>
public static class ExchangeTap
{
    public static async Task<string> BindAsync(string exchange)
    {
        var queue = "tap-" + Guid.NewGuid().ToString("N")[..8];
        await WithChannelAsync(async ch =>
        {
            await ch.ExchangeDeclareAsync(exchange, ExchangeType.Topic, durable: true);
            await ch.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
            await ch.QueueBindAsync(queue, exchange, "#");
        });
        return queue;
    }

    /// <summary>Every message's <c>cloudEvents:id</c>, in arrival order; the queue is deleted after.</summary>
    public static async Task<List<string>> DrainAsync(string queue)
    {
        var ids = new List<string>();
        await WithChannelAsync(async ch =>
        {
            while (await ch.BasicGetAsync(queue, autoAck: true) is { } message)
            {
                var id = message.BasicProperties.Headers?["cloudEvents:id"];
                ids.Add(id is byte[] b ? Encoding.UTF8.GetString(b) : id?.ToString() ?? "");
            }
            await ch.QueueDeleteAsync(queue);
        });
        return ids;
    }

    public static async Task WithChannelAsync(Func<IChannel, Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        // The broker the pipeline's processes use: they inherit Platform__Transport__Port when a test runs them on a node of its own.
        var port = int.TryParse(Environment.GetEnvironmentVariable("Platform__Transport__Port"), out var p) ? p : AmqpTcpEndpoint.UseDefaultPort;
        var factory = new ConnectionFactory { HostName = "127.0.0.1", Port = port, VirtualHost = LocalBroker.VirtualHost, UserName = "guest", Password = "guest" };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await action(channel);
    }
}
