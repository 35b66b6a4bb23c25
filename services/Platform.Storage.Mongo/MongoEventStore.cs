using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Contracts.Events;
using Platform.Storage.Mongo.Bson;
using Platform.Storage.Mongo.Driver;

namespace Platform.Storage.Mongo;

/// <summary>
/// The outbox. Sequences come from a counter document incremented with findAndModify, so they
/// increase across processes; the unique index on dedupKey makes appends idempotent (a lost race
/// burns a sequence number, which readers paging by "after" do not notice).
/// </summary>
internal sealed class MongoEventStore(MongoCollection events, MongoCollection counters, TimeProvider time) : IEventStore
{
    private const string CounterId = "events";

    public async Task<(PublicEvent Event, bool Appended)> AppendAsync(NewEvent newEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(newEvent);
        if (await FindByDedupKeyAsync(newEvent.DedupKey, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return (existing, false);
        }
        var sequence = await counters.FindOneAndUpsertAsync(
            new JsonObject { ["_id"] = CounterId },
            new JsonObject { ["$inc"] = new JsonObject { ["sequence"] = ExtendedJson.Int64(1) } },
            static counter => counter.GetProperty("sequence").GetInt64(),
            cancellationToken).ConfigureAwait(false);
        var appended = new PublicEvent(
            sequence, Guid.CreateVersion7().ToString(), newEvent.Type, newEvent.Subject, newEvent.RoutingKey,
            time.GetUtcNow(), newEvent.DataJson, Dispatched: false);
        var document = StoredDocument.From(appended, events.Name, newEvent.DedupKey);
        document["sequence"] = ExtendedJson.Int64(sequence);
        document["dedupKey"] = newEvent.DedupKey;
        try
        {
            if (await events.InsertIfAbsentAsync(ExtendedJson.Int64(sequence), document, newEvent.DedupKey, cancellationToken).ConfigureAwait(false) is null)
            {
                return (appended, true);
            }
            throw new StoreException($"event sequence {sequence} is taken although the counter issued it.");
        }
        catch (DuplicateKeyException)
        {
            return (await FindByDedupKeyAsync(newEvent.DedupKey, cancellationToken).ConfigureAwait(false)
                ?? throw new StoreException($"event sequence {sequence} is taken although the counter issued it."), false);
        }
    }

    public async Task<IReadOnlyList<PublicEvent>> ReadAsync(long afterSequence, int limit, CancellationToken cancellationToken = default) =>
        await events.FindAsync(
            new JsonObject { ["sequence"] = new JsonObject { ["$gt"] = ExtendedJson.Int64(afterSequence) } },
            MongoCollection.Ascending("sequence"), Math.Clamp(limit, 1, 1000), StoredDocument.Read<PublicEvent>, cancellationToken)
            .ConfigureAwait(false);

    public async Task<IReadOnlyList<PublicEvent>> ListUndispatchedAsync(int limit, CancellationToken cancellationToken = default) =>
        await events.FindAsync(
            new JsonObject { ["dispatched"] = false }, MongoCollection.Ascending("sequence"), Math.Max(limit, 1),
            StoredDocument.Read<PublicEvent>, cancellationToken).ConfigureAwait(false);

    public Task MarkDispatchedAsync(IReadOnlyCollection<long> sequences, CancellationToken cancellationToken = default) =>
        SetDispatchedAsync(sequences, dispatched: true, cancellationToken);

    public Task MarkUndispatchedAsync(IReadOnlyCollection<long> sequences, CancellationToken cancellationToken = default) =>
        SetDispatchedAsync(sequences, dispatched: false, cancellationToken);

    private async Task SetDispatchedAsync(IReadOnlyCollection<long> sequences, bool dispatched, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        if (sequences.Count == 0)
        {
            return;
        }
        var list = new JsonArray();
        foreach (var sequence in sequences)
        {
            list.Add(ExtendedJson.Int64(sequence));
        }
        // Idempotent, so the generic (non-retried) multi-document update is safe to repeat.
        await events.UpdateManyAsync(
            new JsonObject { ["sequence"] = new JsonObject { ["$in"] = list } },
            new JsonObject { ["$set"] = new JsonObject { ["dispatched"] = dispatched } }, "dispatch marks",
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<long> LastSequenceAsync(CancellationToken cancellationToken = default)
    {
        var last = await events.FindAsync(
            new JsonObject(), new JsonObject { ["sequence"] = -1 }, 1, static e => e.GetProperty("sequence").GetInt64(), cancellationToken,
            projection: new JsonObject { ["sequence"] = 1 }).ConfigureAwait(false);
        return last.Count == 0 ? 0 : last[0];
    }

    private async Task<PublicEvent?> FindByDedupKeyAsync(string dedupKey, CancellationToken cancellationToken)
    {
        var found = await events.FindAsync(
            new JsonObject { ["dedupKey"] = dedupKey }, new JsonObject(), 1, StoredDocument.Read<PublicEvent>, cancellationToken)
            .ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }
}
