using System.Text.Json;
using Platform.Contracts.Documents;
using Platform.Hosting.Messaging;
using RabbitMQ.Client.Exceptions;

namespace Platform.Faults.Tests;

/// <summary>
/// What a scenario asserts by counting: bulletins accepted, stored and published; events stored and the ids that reached
/// the exchange (a queue of the test's own, bound before the first push); what a reader of the pull feed following
/// <c>after=</c> saw; and what is left in the consumer queues' <c>_error</c> queues.
/// </summary>
public sealed record PipelineCounts(int Accepted, int Stored, int Published, IReadOnlyList<string> StoredEventIds,
    IReadOnlyList<string> ExchangeEventIds, IReadOnlyList<string> FeedEventIds, IReadOnlyDictionary<string, uint> ErrorQueues)
{
    public int Lost => Accepted - Stored;
    public int Stranded => Stored - Published;
    public int DuplicatedOnExchange => ExchangeEventIds.Count - ExchangeEventIds.Distinct(StringComparer.Ordinal).Count();
    public IEnumerable<string> MissingOnExchange => StoredEventIds.Except(ExchangeEventIds, StringComparer.Ordinal);
    public IEnumerable<string> MissingInFeed => StoredEventIds.Except(FeedEventIds, StringComparer.Ordinal);

    /// <summary>Accepted = stored = published; every stored event on the exchange once; the pull feed misses none.</summary>
    public void AssertNothingLostStrandedOrDuplicated()
    {
        Assert.Equal(Accepted, Stored);
        Assert.Equal(Stored, Published);
        Assert.Empty(MissingOnExchange);
        Assert.Equal(0, DuplicatedOnExchange);
        Assert.Empty(MissingInFeed);
    }

    /// <summary>
    /// As <see cref="AssertNothingLostStrandedOrDuplicated"/>, for a scenario that SIGKILLs the dispatching publish
    /// process: an event it had sent but not yet marked dispatched (the broker's confirm and the store write are two
    /// steps, and no broker deduplicates) goes out once more from the next process, under the same id. So an event may
    /// reach the exchange twice, never more, and only if it was in the log when that process died.
    /// </summary>
    public void AssertNothingLostOrStrandedAndResentOnlyFromTheKilledDispatcher(IReadOnlySet<string> inLogAtKill)
    {
        ArgumentNullException.ThrowIfNull(inLogAtKill);
        Assert.Equal(Accepted, Stored);
        Assert.Equal(Stored, Published);
        Assert.Empty(MissingOnExchange);
        Assert.Empty(MissingInFeed);
        Assert.Equal(ExchangeEventIds.Distinct(StringComparer.Ordinal).Count(), StoredEventIds.Count);
        var resent = ExchangeEventIds.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).ToList();
        Assert.All(resent, g => Assert.True(g.Count() == 2 && inLogAtKill.Contains(g.Key),
            $"event {g.Key} reached the exchange {g.Count()} times; in the log when the dispatcher was killed: {inLogAtKill.Contains(g.Key)}"));
    }

    /// <summary>Every <c>_error</c> queue empty, except <paramref name="expected"/> with its count.</summary>
    public void AssertErrorQueues(string? expected = null, uint count = 0) =>
        Assert.All(ErrorQueues, q => Assert.True(q.Value == (q.Key == expected ? count : 0), $"{q.Key} holds {q.Value}"));

    public string Summary(TimeSpan timeToRecover) =>
        $"accepted {Accepted}, stored {Stored}, published {Published}; events {StoredEventIds.Count}, on the exchange {ExchangeEventIds.Count}, "
        + $"in the feed {FeedEventIds.Count}; recovered in {timeToRecover.TotalSeconds:0.0} s";

    public ScenarioRow Row(string scenario, TimeSpan timeToRecover) => new(scenario, Accepted, Lost, Stranded, DuplicatedOnExchange, timeToRecover);

    public static async Task<PipelineCounts> CountAsync(ServicePipeline pipeline, IReadOnlyCollection<string> accepted, string tap)
    {
        var stored = 0;
        var published = 0;
        foreach (var id in accepted)
        {
            if (await pipeline.Store.RawBulletins.GetAsync(id) is not null) stored++;
            if ((await pipeline.Store.Bulletins.GetAsync(id))?.Status == PipelineStatus.Published) published++;
        }
        var events = (await pipeline.AllEventsAsync()).Select(e => e.Id).ToList();
        return new PipelineCounts(accepted.Count, stored, published, events, await ExchangeTap.DrainAsync(tap), await FollowFeedAsync(pipeline),
            await ErrorQueueDepthsAsync());
    }

    private static async Task<List<string>> FollowFeedAsync(ServicePipeline pipeline)
    {
        using var http = new HttpClient { BaseAddress = pipeline["Publish"].BaseAddress };
        var ids = new List<string>();
        long after = 0;
        while (true)
        {
            using var page = JsonDocument.Parse(await http.GetStringAsync($"v1/events?after={after}&limit=100"));
            var events = page.RootElement.GetProperty("events");
            if (events.GetArrayLength() == 0) return ids;
            ids.AddRange(events.EnumerateArray().Select(e => e.GetProperty("id").GetString()!));
            after = page.RootElement.GetProperty("next").GetInt64();
        }
    }

    private static async Task<Dictionary<string, uint>> ErrorQueueDepthsAsync()
    {
        var depths = new Dictionary<string, uint>(StringComparer.Ordinal);
        foreach (var queue in ConsumerQueues.All)
        {
            await ExchangeTap.WithChannelAsync(async ch =>
            {
                try
                {
                    depths[queue.ErrorQueue] = (await ch.QueueDeclarePassiveAsync(queue.ErrorQueue)).MessageCount;
                }
                catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 404)
                {
                    depths[queue.ErrorQueue] = 0; // never created: nothing ever failed there
                }
            });
        }
        return depths;
    }
}
