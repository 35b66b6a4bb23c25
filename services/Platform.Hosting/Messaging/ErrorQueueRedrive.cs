using Platform.Hosting.Configuration;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Platform.Hosting.Messaging;

/// <summary>How many messages one consumer queue got back from its <c>_error</c> queue.</summary>
public sealed record RedriveResult(string Queue, int Moved);

/// <summary>
/// The operator's redrive (issue 13 item 2): moves the messages MassTransit dead-lettered in <c>&lt;queue&gt;_error</c>
/// (retries exhausted, e.g. during a store outage longer than the retry window) back to the consumer queue, headers and
/// body unchanged. Each message is acknowledged on the error queue only after the broker confirmed its copy, so a crash
/// in between duplicates a message (consumers are idempotent) but never loses one. Only the messages present at the
/// start are moved, so a message that fails again at once is not cycled forever.
/// </summary>
public sealed class ErrorQueueRedrive(TransportOptions transport)
{
    /// <param name="queue">A consumer queue or its error queue (<c>parse-bulletin</c>, <c>parse-bulletin_error</c>); null: all.</param>
    /// <param name="cancellationToken">Stops between messages.</param>
    public async Task<IReadOnlyList<RedriveResult>> RedriveAsync(string? queue, CancellationToken cancellationToken)
    {
        IReadOnlyList<ConsumerQueue> queues = queue is null
            ? ConsumerQueues.All
            : [ConsumerQueues.Find(queue) ?? throw new ArgumentException($"'{queue}' is not a consumer queue; known: {string.Join(", ", ConsumerQueues.All.Select(q => q.Name))}.", nameof(queue))];
        var factory = BrokerConnections.Factory(transport, "platform-redrive");
        await using var connection = await factory.CreateConnectionAsync(cancellationToken).ConfigureAwait(false);
        var results = new List<RedriveResult>(queues.Count);
        foreach (var q in queues) results.Add(new RedriveResult(q.Name, await MoveAsync(connection, q, cancellationToken).ConfigureAwait(false)));
        return results;
    }

    private static async Task<int> MoveAsync(IConnection connection, ConsumerQueue queue, CancellationToken ct)
    {
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), ct).ConfigureAwait(false);
        uint waiting;
        try
        {
            waiting = (await channel.QueueDeclarePassiveAsync(queue.ErrorQueue, ct).ConfigureAwait(false)).MessageCount;
        }
        catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 404)
        {
            return 0; // Nothing ever failed there.
        }
        var moved = 0;
        for (var i = 0; i < waiting; i++)
        {
            var message = await channel.BasicGetAsync(queue.ErrorQueue, autoAck: false, ct).ConfigureAwait(false);
            if (message is null) break;
            // The consumer's endpoint exchange, bound to its queue (see ConsumerTopology); the confirm is awaited here.
            await channel.BasicPublishAsync(queue.Name, "", mandatory: false, new BasicProperties(message.BasicProperties), message.Body, ct)
                .ConfigureAwait(false);
            await channel.BasicAckAsync(message.DeliveryTag, multiple: false, ct).ConfigureAwait(false);
            moved++;
        }
        return moved;
    }
}
