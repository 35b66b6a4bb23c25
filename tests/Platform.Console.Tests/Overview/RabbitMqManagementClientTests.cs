using System.Text.Json;
using Platform.OperatorConsole.Overview;

namespace Platform.Console.Tests.Overview;

public sealed class RabbitMqManagementClientTests
{
    [Fact]
    public void Reads_depths_and_consumers_and_tells_error_queues_apart()
    {
        // The shape GET /api/queues/{vhost}?columns=… answers; a queue never sampled lacks its message counters.
        using var json = JsonDocument.Parse("""
            [{"name":"parse-bulletin","messages":7,"messages_ready":5,"messages_unacknowledged":2,"consumers":2},
             {"name":"parse-bulletin_error","messages":3,"messages_ready":3,"messages_unacknowledged":0,"consumers":0},
             {"name":"fresh","consumers":1}]
            """);
        var queues = RabbitMqManagementClient.Parse(json.RootElement);
        Assert.Equal(["fresh", "parse-bulletin", "parse-bulletin_error"], queues.Select(q => q.Name).ToArray());
        Assert.Equal(new QueueDepth("parse-bulletin", 7, 5, 2, 2), queues[1]);
        Assert.Equal(new QueueDepth("fresh", 0, 0, 0, 1), queues[0]);
        Assert.Equal([false, false, true], queues.Select(q => q.IsErrorQueue).ToArray());
    }
}
