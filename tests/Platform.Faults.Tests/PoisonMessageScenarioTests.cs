using System.Diagnostics;
using System.Text;
using Platform.Hosting.Messaging;
using RabbitMQ.Client;

namespace Platform.Faults.Tests;

/// <summary>
/// Issue 13 fault suite: a malformed message on a stage queue lands in its <c>_error</c> queue and nothing else is
/// affected; the operator then purges it (counted).
/// </summary>
[Collection(ProcessScenarios.Name)]
public sealed class PoisonMessageScenarioTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_malformed_message_lands_in_error_and_every_bulletin_is_still_published_once()
    {
        await using var pipeline = await ServicePipeline.StartAsync();
        var tap = await ExchangeTap.BindAsync(pipeline.Exchange);
        const string queue = ConsumerQueues.ParseBulletin;
        await ExchangeTap.WithChannelAsync(async ch =>
        {
            var properties = new BasicProperties { ContentType = "application/vnd.masstransit+json", MessageId = Guid.NewGuid().ToString(), Persistent = true };
            await ch.BasicPublishAsync(queue, "", mandatory: true, properties, Encoding.UTF8.GetBytes("{\"message\": {\"bulletinId\": "));
        });
        var clock = Stopwatch.StartNew();
        var accepted = new List<string>();
        foreach (var text in ScenarioSettings.Texts("毒消息测试")) accepted.Add(await pipeline.PushAsync(text));
        var (counts, recovered) = await ScenarioOutcome.MeasureAsync(pipeline, accepted, tap, clock, TimeSpan.FromMinutes(3),
            $"poison message on {queue} (1 in _error, purged)");
        uint purged = 0;
        await ExchangeTap.WithChannelAsync(async ch => purged = await ch.QueuePurgeAsync(queue + ConsumerQueue.ErrorSuffix));
        output.WriteLine(counts.Summary(recovered) + $"; purged {purged} from {queue}_error");

        counts.AssertNothingLostStrandedOrDuplicated();
        counts.AssertErrorQueues(queue + ConsumerQueue.ErrorSuffix, 1);
        Assert.Equal(1u, purged);
    }
}
