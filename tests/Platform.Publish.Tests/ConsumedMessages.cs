using System.Collections.Concurrent;
using MassTransit;

namespace Platform.Publish.Tests;

/// <summary>Every message a consumer of the bus finished with: the positive evidence that a redelivery was processed.</summary>
public sealed class ConsumedMessages : IConsumeObserver
{
    private readonly ConcurrentQueue<object> _messages = new();

    public int Count<T>(Func<T, bool> match) where T : class => _messages.OfType<T>().Count(match);

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        _messages.Enqueue(context.Message);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
