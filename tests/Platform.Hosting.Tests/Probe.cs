using MassTransit;

namespace Platform.Hosting.Tests;

/// <summary>A message and the consumers a test stage registers: each consumer completes its probe's task.</summary>
public sealed record Probe(string Id);

public sealed record OtherProbe(string Id);

public sealed class ProbeConsumer(Probes probes) : IConsumer<Probe>
{
    public Task Consume(ConsumeContext<Probe> context)
    {
        probes.Consumed(context.Message.Id);
        return Task.CompletedTask;
    }
}

public sealed class OtherProbeConsumer(Probes probes) : IConsumer<OtherProbe>
{
    public Task Consume(ConsumeContext<OtherProbe> context)
    {
        probes.Consumed(context.Message.Id);
        return Task.CompletedTask;
    }
}

/// <summary>The consumed probe ids, awaitable.</summary>
public sealed class Probes
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TaskCompletionSource> _seen = new();

    public void Consumed(string id) => Of(id).TrySetResult();

    public Task WhenConsumed(string id) => Of(id).Task.WaitAsync(TimeSpan.FromSeconds(30));

    private TaskCompletionSource Of(string id) => _seen.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
