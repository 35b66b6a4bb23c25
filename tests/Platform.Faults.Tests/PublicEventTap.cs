using System.Text;
using System.Text.Json;
using RabbitMQ.Client;

namespace Platform.Faults.Tests;

/// <summary>A queue bound to every routing key of the public exchange, declared before anything is dispatched: what reached the exchange.</summary>
public static class PublicEventTap
{
    public const string Exchange = "bulletins.events";

    /// <summary>Declares the exchange and the tap queue bound with <c>#</c> on the machine's broker; <paramref name="arguments"/> are the queue's (limits).</summary>
    public static async Task DeclareAsync(string virtualHost, string queue, IDictionary<string, object?>? arguments = null)
    {
        await using var connection = await TestBroker.ConnectAsync(virtualHost);
        await DeclareAsync(connection, queue, arguments);
    }

    /// <summary>Declares the exchange and the tap queue over <paramref name="connection"/> (a private node's, for one).</summary>
    public static async Task DeclareAsync(IConnection connection, string queue, IDictionary<string, object?>? arguments = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync(Exchange, ExchangeType.Topic, durable: true, autoDelete: false);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, arguments);
        await channel.QueueBindAsync(queue, Exchange, "#");
    }

    /// <summary>Takes every message out of <paramref name="queue"/> on the machine's broker: CloudEvents id, routing key and body.</summary>
    public static async Task<List<(string Id, string RoutingKey, JsonElement Body)>> DrainAsync(string virtualHost, string queue)
    {
        await using var connection = await TestBroker.ConnectAsync(virtualHost);
        return await DrainAsync(connection, queue);
    }

    /// <summary>Takes every message out of <paramref name="queue"/> over <paramref name="connection"/>.</summary>
    public static async Task<List<(string Id, string RoutingKey, JsonElement Body)>> DrainAsync(IConnection connection, string queue)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var channel = await connection.CreateChannelAsync();
        var messages = new List<(string, string, JsonElement)>();
        while (await channel.BasicGetAsync(queue, autoAck: true) is { } m)
        {
            messages.Add((m.BasicProperties.MessageId!, m.RoutingKey, JsonDocument.Parse(Encoding.UTF8.GetString(m.Body.Span)).RootElement.Clone()));
        }
        return messages;
    }
}
