using Microsoft.Extensions.Options;
using Platform.Contracts.Events;
using Platform.Storage;

namespace Platform.OperatorConsole.Operations;

/// <summary>Reads the tail of the public event log (at most <see cref="ConsoleOptions.ScanLimit"/> events back).</summary>
public sealed class EventLog(IDocumentStore store, IOptions<ConsoleOptions> options)
{
    private const int Batch = 1000;

    /// <summary>The latest events, oldest first; reading back stops at the first batch older than <paramref name="since"/>.</summary>
    public async Task<IReadOnlyList<PublicEvent>> TailAsync(DateTimeOffset? since, CancellationToken ct)
    {
        var upper = await store.Events.LastSequenceAsync(ct).ConfigureAwait(false);
        var floor = Math.Max(0, upper - options.Value.ScanLimit);
        var events = new List<PublicEvent>();
        while (upper > floor)
        {
            var after = Math.Max(floor, upper - Batch);
            var chunk = (await store.Events.ReadAsync(after, (int)(upper - after), ct).ConfigureAwait(false)).Where(e => e.Sequence <= upper).ToList();
            events.InsertRange(0, chunk);
            if (since is { } s && chunk.Count > 0 && chunk[0].Time < s) break;
            upper = after;
        }
        return since is { } from ? events.Where(e => e.Time >= from).ToList() : events;
    }

    public async Task<IReadOnlyList<PublicEvent>> ForSubjectAsync(string subject, CancellationToken ct) =>
        (await TailAsync(null, ct).ConfigureAwait(false)).Where(e => e.Subject == subject).ToList();

    public Task<long> LastSequenceAsync(CancellationToken ct) => store.Events.LastSequenceAsync(ct);
}
