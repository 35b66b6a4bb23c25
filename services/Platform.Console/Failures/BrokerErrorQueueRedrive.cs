using Microsoft.Extensions.Options;
using Platform.Hosting.Configuration;
using Platform.Hosting.Messaging;
using RabbitMQ.Client.Exceptions;

namespace Platform.OperatorConsole.Failures;

/// <summary>
/// The console's redrive: the same <see cref="ErrorQueueRedrive"/> as <c>platform redrive</c>, on the host's own broker
/// settings. Depths are read over AMQP (a passive declare per error queue), so the page needs no management API to offer
/// redrive. With the in-memory bus there are no error queues, so the page says why redrive is off.
/// </summary>
public sealed class BrokerErrorQueueRedrive(IOptions<TransportOptions> transport) : IErrorQueueRedrive
{
    public string? Unavailable => transport.Value.Kind == TransportKind.InMemory
        ? "the in-memory bus keeps no error queues: failed messages are retried in process and their bulletins listed above"
        : null;

    public async Task<IReadOnlyList<ErrorQueue>> ListAsync(CancellationToken cancellationToken)
    {
        if (Unavailable is not null) return [];
        await using var connection = await BrokerConnections.Factory(transport.Value, "platform-console").CreateConnectionAsync(cancellationToken).ConfigureAwait(false);
        var queues = new List<ErrorQueue>(ConsumerQueues.All.Count);
        foreach (var queue in ConsumerQueues.All)
        {
            // A failed passive declare closes its channel, so each queue gets its own.
            await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            try
            {
                queues.Add(new ErrorQueue(queue.ErrorQueue, (await channel.QueueDeclarePassiveAsync(queue.ErrorQueue, cancellationToken).ConfigureAwait(false)).MessageCount));
            }
            catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 404)
            {
                queues.Add(new ErrorQueue(queue.ErrorQueue, 0)); // Nothing ever failed there.
            }
        }
        return queues;
    }

    public async Task<long> RedriveAsync(string queue, CancellationToken cancellationToken)
    {
        if (Unavailable is { } reason) throw new NotSupportedException(reason);
        var results = await new ErrorQueueRedrive(transport.Value).RedriveAsync(queue, cancellationToken).ConfigureAwait(false);
        return results.Sum(r => (long)r.Moved);
    }
}
