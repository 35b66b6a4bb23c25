using MassTransit;
using Platform.Storage;

namespace Platform.Hosting.Tests.Messaging;

/// <summary>A message whose consumer writes to a store that a test takes down and brings back.</summary>
public sealed record StoreWrite(string Id);

/// <summary>The store as the consumer sees it: down (unavailable), broken (a bug), starved of memory or up; counts the calls it got.</summary>
public sealed class StoreOutage
{
    private int _calls;

    public volatile bool Down;
    public volatile bool Broken;
    public volatile bool Starved;

    public int Calls => Volatile.Read(ref _calls);

    public void Call()
    {
        Interlocked.Increment(ref _calls);
        if (Down) throw new StoreUnavailableException("database is locked");
        if (Broken) throw new InvalidOperationException("a bug, not an outage");
        if (Starved) throw new OutOfMemoryException("no room for this document while others are in flight");
    }
}

public sealed class StoreWriteConsumer(StoreOutage store, Probes probes) : IConsumer<StoreWrite>
{
    public Task Consume(ConsumeContext<StoreWrite> context)
    {
        store.Call();
        probes.Consumed(context.Message.Id);
        return Task.CompletedTask;
    }
}

/// <summary>Records the messages that faulted after every retry (what goes to _error).</summary>
public sealed class StoreWriteFaultConsumer(Probes probes) : IConsumer<Fault<StoreWrite>>
{
    public Task Consume(ConsumeContext<Fault<StoreWrite>> context)
    {
        probes.Consumed("fault:" + context.Message.Message.Id);
        return Task.CompletedTask;
    }
}
