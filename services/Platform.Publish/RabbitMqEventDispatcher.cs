using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Contracts.Events;
using Platform.Hosting;
using Platform.Hosting.Configuration;
using Platform.Hosting.Messaging;
using Platform.Publish.Configuration;
using Platform.Storage;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Platform.Publish;

/// <summary>
/// Drains the outbox (undispatched events, in sequence order) to the public topic exchange with publisher
/// confirms; an event is marked dispatched only after the broker confirmed it. Broker down = events wait.
/// Idle unless <c>Platform:Publish:DispatchToBroker</c> is on. However many publish replicas run, only the holder of the
/// <c>outbox-dispatch</c> lease dispatches, so each event goes on the exchange once (issue 13 item 5).
/// An event the broker cannot take (over its maximum message size, or refused again and again) goes to the quarantine
/// with the reason instead of being retried ahead of the others forever (<see cref="OutboxRefusals"/>, issue 13 item 3);
/// that includes a publish the broker refuses by closing the channel with 406 (<see cref="ChannelCloseRefusal"/>). The
/// close loses the confirms of the events sent just before the refused one, though the broker took them: when the 406
/// names the refused event by its size, those are marked dispatched rather than sent twice (<see cref="RefusalSettlement"/>);
/// after any other close the unconfirmed events go out again (at-least-once).
/// </summary>
public sealed partial class RabbitMqEventDispatcher(
    IDocumentStore store, StoreReadiness readiness, OutboxSignal signal, IOptions<TransportOptions> transport, IOptions<PublishOptions> publish,
    TimeProvider time, ILogger<RabbitMqEventDispatcher> logger) : BackgroundService
{
    public const string LeaseName = "outbox-dispatch";
    private readonly SingleOwnerLease _lease = new(store, LeaseName, publish.Value.DispatchLease, time);
    // Each batch waits for all its confirms and then marks them in one store write: with 500 those barriers halved
    // throughput (DispatchBenchmark: ~2.0k/s vs ~3.8k/s at 2000, about the raw RabbitMQ.Client confirms ceiling).
    private const int BatchSize = 2000;
    private readonly OutboxRefusals _refusals = new(publish.Value.QuarantineAfterRefusals, publish.Value.BrokerMaxMessageBytes);
    private IConnection? _connection;
    private IChannel? _channel;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!publish.Value.DispatchToBroker) return;
        await readiness.WhenInitialized.WaitAsync(stoppingToken).ConfigureAwait(false);
        await PeriodicWork.RunAsync(DispatchRoundAsync, async (ex, failures) =>
            {
                var delay = Backoff.Delay(failures, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(15));
                LogDispatchFailed(logger, delay.TotalSeconds, ex.Message);
                await ResetAsync().ConfigureAwait(false);
                return delay;
            }, time, stoppingToken).ConfigureAwait(false);
    }

    /// <summary>One round: the next batch of the outbox onto the exchange; answers how long to wait before the next round.</summary>
    private async Task<TimeSpan> DispatchRoundAsync(CancellationToken stoppingToken)
    {
        if (!await _lease.HoldAsync(stoppingToken).ConfigureAwait(false)) return publish.Value.OutboxInterval;
        var pending = await store.Events.ListUndispatchedAsync(BatchSize, stoppingToken).ConfigureAwait(false);
        if (pending.Count == 0)
        {
            await signal.WaitAsync(publish.Value.OutboxInterval, stoppingToken).ConfigureAwait(false);
            return TimeSpan.Zero;
        }
        var sendable = await QuarantineOversizedAsync(pending, stoppingToken).ConfigureAwait(false);
        if (sendable.Count == 0) return TimeSpan.Zero;
        var channel = await EnsureChannelAsync(stoppingToken).ConfigureAwait(false);
        var round = await PublishBatchAsync(channel, sendable, stoppingToken).ConfigureAwait(false);
        var refusal = RefusalThatClosed(channel, round);
        // A channel that stopped confirming is not used again: its unconfirmed events go out on a new one.
        if (round.Failure is TimeoutException) await ResetAsync().ConfigureAwait(false);
        var settlement = RefusalSettlement.Settle(round.Published, round.Settled, refusal);
        var dispatched = round.Confirmed.Concat(settlement.Delivered).ToList();
        await store.Events.MarkDispatchedAsync(dispatched, stoppingToken).ConfigureAwait(false);
        PlatformTelemetry.EventsDispatched.Add(dispatched.Count);
        var quarantined = _refusals.AfterRound(sendable.Count, round.Confirmed, round.Refused).ToList();
        if (refusal is not null)
        {
            LogChannelRefusal(logger, refusal.Sequence, settlement.Delivered.Count, settlement.Resend.Count, refusal.Reason);
            var bytes = round.Published.First(e => e.Sequence == refusal.Sequence).Bytes;
            if (_refusals.AfterChannelRefusal(refusal, bytes) is { } reason) quarantined.Add((refusal.Sequence, reason));
        }
        foreach (var (sequence, reason) in quarantined) await QuarantineAsync(sequence, reason, stoppingToken).ConfigureAwait(false);
        // Nothing went out and no event was to blame: the broker is down or refusing everything; back off before
        // the next round. A refusal that closed the channel goes straight to a new channel instead.
        if (round.Confirmed.Count == 0 && quarantined.Count == 0 && round.Failure is not null && refusal is null) throw round.Failure;
        return TimeSpan.Zero;
    }

    /// <summary>Quarantines the events over the broker's maximum message size; returns the others with their bodies.</summary>
    private async Task<List<(PublicEvent Event, byte[] Body)>> QuarantineOversizedAsync(IReadOnlyList<PublicEvent> events, CancellationToken ct)
    {
        var sendable = new List<(PublicEvent, byte[])>(events.Count);
        foreach (var e in events)
        {
            var body = Encoding.UTF8.GetBytes(e.DataJson);
            if (_refusals.Oversize(body.Length) is { } reason) await QuarantineAsync(e.Sequence, reason, ct).ConfigureAwait(false);
            else sendable.Add((e, body));
        }
        return sendable;
    }

    /// <summary>The event whose publish made the broker close the channel (406), or null when the channel is open or was lost otherwise.</summary>
    private static BrokerRefusal? RefusalThatClosed(IChannel channel, DispatchRound round)
    {
        if (channel.CloseReason is not { Initiator: ShutdownInitiator.Peer } close) return null;
        var settled = round.Settled;
        // In send order: the broker refused the first oversized publish it received, and two bodies can be of one size.
        var unconfirmed = RefusalSettlement.InSendOrder(round.Published.Where(e => !settled.Contains(e.Sequence)), round.Published)
            .Select(e => (e.Sequence, e.Bytes)).ToList();
        return ChannelCloseRefusal.Culprit(close.ReplyCode, close.ReplyText, unconfirmed);
    }

    private async Task QuarantineAsync(long sequence, string reason, CancellationToken ct)
    {
        await store.Events.QuarantineAsync(sequence, reason, time.GetUtcNow(), ct).ConfigureAwait(false);
        PlatformTelemetry.EventsQuarantined.Add(1);
        LogQuarantined(logger, sequence, reason);
    }

    private async Task<DispatchRound> PublishBatchAsync(IChannel channel, List<(PublicEvent Event, byte[] Body)> events, CancellationToken stoppingToken)
    {
        // Publishing concurrently keeps many confirms in flight; each task completes when its own confirm arrives. The
        // client gives each publish its sequence number and writes its frame under one lock, so the numbers are the
        // order the frames went out in, whichever task got the lock first; it writes the number into the headers.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        deadline.CancelAfter(publish.Value.ConfirmTimeout);
        var headers = events.Select(e => CloudEventHeaders.For(e.Event, publish.Value.EventSource)).ToArray();
        var tasks = events.Select((e, i) => PublishOneAsync(channel, e.Event, e.Body, headers[i], deadline.Token)).ToArray();
        var confirmed = new List<long>(events.Count);
        var refused = new List<(long, string)>();
        Exception? first = null;
        TimeoutException? timedOut = null;
        for (var i = 0; i < tasks.Length; i++)
        {
            try
            {
                await tasks[i].ConfigureAwait(false);
                confirmed.Add(events[i].Event.Sequence);
            }
            catch (PublishException ex)
            {
                // A negative confirm: the broker is up and refused this message.
                refused.Add((events[i].Event.Sequence, "negative publisher confirm (basic.nack)" + (ex.IsReturn ? ", returned" : "")));
                first ??= ex;
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                timedOut ??= new TimeoutException($"no publisher confirm within {publish.Value.ConfirmTimeout.TotalSeconds:0.#} s");
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                first ??= ex;
            }
        }
        var published = events.Select((e, i) => new ChannelPublish(e.Event.Sequence, e.Body.Length, PublishSequence(headers[i]))).ToList();
        return new DispatchRound(confirmed, refused, timedOut ?? first, published);
    }

    /// <summary>The number the client sent the publish under, or null when it never sent it.</summary>
    private static ulong? PublishSequence(Dictionary<string, object?> headers) =>
        headers.TryGetValue(Constants.PublishSequenceNumberHeader, out var value) && value is long number and > 0 ? (ulong)number : null;

    private async Task PublishOneAsync(IChannel channel, PublicEvent e, byte[] body, Dictionary<string, object?> headers, CancellationToken ct)
    {
        var properties = new BasicProperties
        {
            ContentType = "application/json",
            ContentEncoding = "utf-8",
            DeliveryMode = DeliveryModes.Persistent,
            MessageId = e.Id,
            Type = e.Type,
            Timestamp = new AmqpTimestamp(e.Time.ToUnixTimeSeconds()),
            Headers = headers,
        };
        await channel.BasicPublishAsync(publish.Value.Exchange, e.RoutingKey, mandatory: false, properties,
            body, ct).ConfigureAwait(false);
    }

    private async Task<IChannel> EnsureChannelAsync(CancellationToken ct)
    {
        if (_channel is { IsOpen: true }) return _channel;
        await ResetAsync().ConfigureAwait(false);
        var t = transport.Value;
        var factory = BrokerConnections.Factory(t, "platform-publish-dispatcher");
        _connection = await factory.CreateConnectionAsync(ct).ConfigureAwait(false);
        _channel = await _connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), ct).ConfigureAwait(false);
        await _channel.ExchangeDeclareAsync(publish.Value.Exchange, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: ct).ConfigureAwait(false);
        LogConnected(logger, t.Host, publish.Value.Exchange);
        return _channel;
    }

    private async Task ResetAsync()
    {
        try
        {
            if (_channel is not null) await _channel.DisposeAsync().ConfigureAwait(false);
            if (_connection is not null) await _connection.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogDisposeFailed(logger, ex.Message);
        }
        _channel = null;
        _connection = null;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await ResetAsync().ConfigureAwait(false);
        if (publish.Value.DispatchToBroker) await _lease.ReleaseAsync().ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dispatching public events to {Host}, exchange {Exchange}")]
    private static partial void LogConnected(ILogger logger, string host, string exchange);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event dispatch failed, retrying in {DelaySeconds}s: {Reason}")]
    private static partial void LogDispatchFailed(ILogger logger, double delaySeconds, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {Sequence} refused by the broker, which closed the channel ({Delivered} sent before it taken as dispatched, {Resent} to resend): {Reason}")]
    private static partial void LogChannelRefusal(ILogger logger, long sequence, int delivered, int resent, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {Sequence} quarantined: {Reason}")]
    private static partial void LogQuarantined(ILogger logger, long sequence, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Closing broker connection failed: {Reason}")]
    private static partial void LogDisposeFailed(ILogger logger, string reason);
}
