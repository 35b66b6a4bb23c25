using System.Collections.Concurrent;
using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Platform.Integration.Tests;

/// <summary>A plain RabbitMQ.Client consumer of the public exchange, as a downstream team would write one.</summary>
public sealed class PublicEventListener : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;

    private PublicEventListener(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    public ConcurrentQueue<ReceivedEvent> Received { get; } = new();

    public static async Task<PublicEventListener> StartAsync(string virtualHost, string exchange, string bindingKey)
    {
        var factory = new ConnectionFactory { HostName = "127.0.0.1", VirtualHost = virtualHost, UserName = "guest", Password = "guest" };
        var connection = await factory.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Topic, durable: true, autoDelete: false);
        var queue = await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true);
        await channel.QueueBindAsync(queue.QueueName, exchange, bindingKey);
        var listener = new PublicEventListener(connection, channel);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            var headers = (delivery.BasicProperties.Headers ?? new Dictionary<string, object?>())
                .ToDictionary(h => h.Key, h => h.Value is byte[] b ? Encoding.UTF8.GetString(b) : h.Value?.ToString());
            listener.Received.Enqueue(new ReceivedEvent(delivery.RoutingKey, headers, Encoding.UTF8.GetString(delivery.Body.Span)));
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer);
        return listener;
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}

/// <summary>One delivery: routing key, application properties (CloudEvents attributes) and JSON body.</summary>
public sealed record ReceivedEvent(string RoutingKey, IReadOnlyDictionary<string, string?> Headers, string Body)
{
    public string? Type => Headers.GetValueOrDefault("cloudEvents:type");
    public string? Subject => Headers.GetValueOrDefault("cloudEvents:subject");
}
