using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Hosting.Configuration;
using RabbitMQ.Client;

namespace Platform.Hosting.Messaging;

/// <summary>
/// Makes every internal message routable before anything is published. RabbitMQ confirms and drops a message published
/// to an exchange nothing is bound to, so a publisher that starts before its consumer ever ran (a first deploy;
/// Kubernetes starting all services at once) would mark work announced that no queue holds. Every process therefore
/// declares, before its bus starts, the consumer queue of every internal message in the shape MassTransit gives a
/// consumer endpoint (message exchange, bound to the endpoint exchange, bound to the quorum queue), whatever stages it
/// runs. When the broker is down at start-up the declaration goes on in the background; the store-driven recovery
/// re-announces whatever a publish in that window lost.
/// </summary>
public sealed partial class ConsumerTopology(IOptions<TransportOptions> transport, ILogger<ConsumerTopology> logger) : IHostedService, IDisposable
{
    private static readonly TimeSpan StartUpAttempt = TimeSpan.FromSeconds(10);
    private readonly CancellationTokenSource _stopping = new();

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(StartUpAttempt);
        try
        {
            await DeclareAsync(attempt.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogDeferred(logger, ex.Message);
            _ = Task.Run(() => RetryAsync(_stopping.Token), CancellationToken.None);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        return Task.CompletedTask;
    }

    public void Dispose() => _stopping.Dispose();

    /// <summary>The exchange MassTransit publishes <paramref name="message"/> to.</summary>
    public static string MessageExchange(Type message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return $"{message.Namespace}:{message.Name}";
    }

    private async Task RetryAsync(CancellationToken ct)
    {
        for (var failures = 1; !ct.IsCancellationRequested; failures++)
        {
            try
            {
                await Task.Delay(Backoff.Delay(failures, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30)), ct).ConfigureAwait(false);
                await DeclareAsync(ct).ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                LogDeferred(logger, ex.Message);
            }
        }
    }

    private async Task DeclareAsync(CancellationToken ct)
    {
        var t = transport.Value;
        var factory = BrokerConnections.Factory(t, "platform-consumer-topology");
        await using var connection = await factory.CreateConnectionAsync(ct).ConfigureAwait(false);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: ct).ConfigureAwait(false);
        var queueArguments = t.QuorumQueues ? new Dictionary<string, object?> { ["x-queue-type"] = "quorum" } : null;
        foreach (var queue in ConsumerQueues.All)
        {
            var messageExchange = MessageExchange(queue.Message);
            await channel.ExchangeDeclareAsync(messageExchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: ct).ConfigureAwait(false);
            await channel.ExchangeDeclareAsync(queue.Name, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: ct).ConfigureAwait(false);
            await channel.QueueDeclareAsync(queue.Name, durable: true, exclusive: false, autoDelete: false, queueArguments, cancellationToken: ct)
                .ConfigureAwait(false);
            await channel.QueueBindAsync(queue.Name, queue.Name, "", cancellationToken: ct).ConfigureAwait(false);
            await channel.ExchangeBindAsync(queue.Name, messageExchange, "", cancellationToken: ct).ConfigureAwait(false);
        }
        LogDeclared(logger, ConsumerQueues.All.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Declared the {Count} consumer queues and their bindings")]
    private static partial void LogDeclared(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Declaring the consumer queues failed, retrying in the background: {Reason}")]
    private static partial void LogDeferred(ILogger logger, string reason);
}
