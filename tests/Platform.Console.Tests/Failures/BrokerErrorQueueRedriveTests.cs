using Microsoft.Extensions.Options;
using Platform.Hosting.Configuration;
using Platform.OperatorConsole.Failures;

namespace Platform.Console.Tests.Failures;

public sealed class BrokerErrorQueueRedriveTests
{
    [Fact]
    public async Task With_the_in_memory_bus_redrive_is_off_and_says_why()
    {
        var redrive = new BrokerErrorQueueRedrive(Options.Create(new TransportOptions { Kind = TransportKind.InMemory }));

        Assert.Contains("in-memory bus", redrive.Unavailable, StringComparison.Ordinal);
        await Assert.ThrowsAsync<NotSupportedException>(() => redrive.RedriveAsync("parse-bulletin", CancellationToken.None));
    }

    [Fact]
    public async Task With_RabbitMQ_redrive_is_offered_and_an_unknown_queue_is_refused_by_name()
    {
        var redrive = new BrokerErrorQueueRedrive(Options.Create(new TransportOptions { Kind = TransportKind.RabbitMq }));

        Assert.Null(redrive.Unavailable);
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => redrive.RedriveAsync("no-such-queue", CancellationToken.None));
        Assert.Contains("parse-bulletin", refused.Message, StringComparison.Ordinal);
    }
}
