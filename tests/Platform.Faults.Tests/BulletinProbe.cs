using System.Collections.Concurrent;
using MassTransit;
using Platform.Contracts.Messages;
using Platform.Hosting.Messaging;

namespace Platform.Faults.Tests;

/// <summary>Records the bulletin ids it consumes.</summary>
public sealed class ReceivedBulletins
{
    private readonly ConcurrentDictionary<string, byte> _ids = new(StringComparer.Ordinal);

    public ICollection<string> Ids => _ids.Keys;

    public void Add(string id) => _ids.TryAdd(id, 0);
}

/// <summary>Stands in for the parse stage on its queue: the same endpoint name and the platform's endpoint settings.</summary>
public sealed class BulletinProbe(ReceivedBulletins received) : IConsumer<BulletinReceived>
{
    public Task Consume(ConsumeContext<BulletinReceived> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        received.Add(context.Message.BulletinId);
        return Task.CompletedTask;
    }
}

public sealed class BulletinProbeDefinition : ConsumerDefinition<BulletinProbe>
{
    public BulletinProbeDefinition() => EndpointName = ConsumerQueues.ParseBulletin;
}
