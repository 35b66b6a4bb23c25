using Platform.Contracts.Events;

namespace Platform.Storage.Mongo;

/// <summary>
/// The outbox and pull feed. An append takes the next number from the counter document and inserts the event
/// in one transaction. The counter increment is the first write of every append, so a concurrent appender hits
/// a write conflict on the counter until the earlier transaction has committed, and the driver then runs its
/// transaction again with the new count. Sequence N+1 is therefore assigned only after N is committed, and a
/// reader following <c>after=</c> never sees N+1 before N. An aborted append rolls its increment back, so
/// numbers are not burnt either. The unique index on dedupKey makes appends idempotent.
/// </summary>
internal sealed class MongoEventStore(
    IMongoClient client, IMongoCollection<PublicEvent> events, IMongoCollection<BsonDocument> counters, IMongoCollection<BsonDocument> quarantine,
    StoreCalls calls, TimeProvider time) : IEventStore
{
    public const string CounterId = "events";
    public const string DedupKeyField = "dedupKey";

    private static readonly TransactionOptions Transaction = new(ReadConcern.Snapshot, ReadPreference.Primary, WriteConcern.WMajority);

    private readonly IMongoCollection<BsonDocument> eventDocuments = events.Database.GetCollection<BsonDocument>(events.CollectionNamespace.CollectionName);

    public Task<(PublicEvent Event, bool Appended)> AppendAsync(NewEvent newEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(newEvent);
        return calls.RunAsync($"events append '{newEvent.DedupKey}'", async () =>
        {
            if (await FindByDedupKeyAsync(newEvent.DedupKey, cancellationToken).ConfigureAwait(false) is { } existing)
            {
                return (existing, false);
            }
            try
            {
                using var session = await client.StartSessionAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                var appended = await session.WithTransactionAsync(
                    (s, ct) => AppendInTransactionAsync(s, newEvent, ct), Transaction, cancellationToken).ConfigureAwait(false);
                return (appended, true);
            }
            catch (MongoException error) when (DriverErrors.IsDuplicateKey(error))
            {
                // Another appender stored the same key first.
                return (await FindByDedupKeyAsync(newEvent.DedupKey, cancellationToken).ConfigureAwait(false)
                    ?? throw new StoreException($"event '{newEvent.DedupKey}' collided on a unique index but is not stored.", error), false);
            }
        });
    }

    private async Task<PublicEvent> AppendInTransactionAsync(IClientSessionHandle session, NewEvent newEvent, CancellationToken cancellationToken)
    {
        var counter = await counters.FindOneAndUpdateAsync(
            session,
            new BsonDocument("_id", CounterId),
            new BsonDocument("$inc", new BsonDocument("sequence", 1L)),
            new FindOneAndUpdateOptions<BsonDocument> { IsUpsert = true, ReturnDocument = ReturnDocument.After },
            cancellationToken).ConfigureAwait(false);
        var appended = new PublicEvent(
            counter["sequence"].ToInt64(), Guid.CreateVersion7().ToString(), newEvent.Type, newEvent.Subject, newEvent.RoutingKey,
            time.GetUtcNow(), newEvent.DataJson, Dispatched: false, newEvent.DataRef);
        var document = appended.ToBsonDocument();
        document[DedupKeyField] = newEvent.DedupKey;
        await eventDocuments.InsertOneAsync(session, document, cancellationToken: cancellationToken).ConfigureAwait(false);
        return appended;
    }

    public Task<int> CountAppendedAsync(IReadOnlyCollection<string> dedupKeys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dedupKeys);
        if (dedupKeys.Count == 0) return Task.FromResult(0);
        return calls.RunAsync("events count appended", async () => (int)await eventDocuments.CountDocumentsAsync(
            new BsonDocument(DedupKeyField, new BsonDocument("$in", new BsonArray(dedupKeys))), cancellationToken: cancellationToken).ConfigureAwait(false));
    }

    public Task<IReadOnlyList<PublicEvent>> ReadAsync(long afterSequence, int limit, CancellationToken cancellationToken = default) =>
        FindAsync("events read", new BsonDocument("sequence", new BsonDocument("$gt", afterSequence)), Math.Clamp(limit, 1, 1000), cancellationToken);

    public Task<IReadOnlyList<PublicEvent>> ListUndispatchedAsync(int limit, CancellationToken cancellationToken = default) =>
        FindAsync("events list undispatched", new BsonDocument("dispatched", false), Math.Max(limit, 1), cancellationToken);

    public Task MarkDispatchedAsync(IReadOnlyCollection<long> sequences, CancellationToken cancellationToken = default) =>
        SetDispatchedAsync(sequences, dispatched: true, cancellationToken);

    public Task MarkUndispatchedAsync(IReadOnlyCollection<long> sequences, CancellationToken cancellationToken = default) =>
        SetDispatchedAsync(sequences, dispatched: false, cancellationToken);

    /// <summary>The quarantine record (with the event's id, type and subject, so listing needs no join) and the outbox mark, in one transaction.</summary>
    public Task QuarantineAsync(long sequence, string reason, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        calls.RunAsync($"events quarantine {sequence}", async () =>
        {
            using var session = await client.StartSessionAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            await session.WithTransactionAsync(async (s, ct) =>
            {
                var e = await events.Find(s, BySequence(sequence)).FirstOrDefaultAsync(ct).ConfigureAwait(false)
                    ?? throw new StoreException($"event {sequence} is not stored; nothing to quarantine.");
                var record = new BsonDocument
                {
                    ["_id"] = sequence,
                    ["eventId"] = e.Id,
                    ["type"] = e.Type,
                    ["subject"] = e.Subject,
                    ["reason"] = reason,
                    ["at"] = at.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                };
                await quarantine.ReplaceOneAsync(s, new BsonDocument("_id", sequence), record, new ReplaceOptions { IsUpsert = true }, ct).ConfigureAwait(false);
                await events.UpdateOneAsync(s, BySequence(sequence), new BsonDocument("$set", new BsonDocument("dispatched", true)), cancellationToken: ct)
                    .ConfigureAwait(false);
                return true;
            }, Transaction, cancellationToken).ConfigureAwait(false);
        });

    public Task<IReadOnlyList<QuarantinedEvent>> ListQuarantinedAsync(int limit, CancellationToken cancellationToken = default) =>
        calls.RunAsync<IReadOnlyList<QuarantinedEvent>>("events list quarantined", async () =>
        {
            var found = await quarantine.Find(new BsonDocument()).Sort(new BsonDocument("_id", 1)).Limit(Math.Clamp(limit, 1, 10_000))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return found.Select(d => new QuarantinedEvent(d["_id"].ToInt64(), d["eventId"].AsString, d["type"].AsString, d["subject"].AsString,
                d["reason"].AsString, DateTimeOffset.Parse(d["at"].AsString, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        });

    public Task<bool> ReleaseQuarantinedAsync(long sequence, CancellationToken cancellationToken = default) =>
        calls.RunAsync($"events release {sequence}", async () =>
        {
            using var session = await client.StartSessionAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return await session.WithTransactionAsync(async (s, ct) =>
            {
                var deleted = await quarantine.DeleteOneAsync(s, new BsonDocument("_id", sequence), cancellationToken: ct).ConfigureAwait(false);
                if (deleted.DeletedCount == 0)
                {
                    return false;
                }
                await events.UpdateOneAsync(s, BySequence(sequence), new BsonDocument("$set", new BsonDocument("dispatched", false)), cancellationToken: ct)
                    .ConfigureAwait(false);
                return true;
            }, Transaction, cancellationToken).ConfigureAwait(false);
        });

    private static BsonDocument BySequence(long sequence) => new("sequence", sequence);

    public Task<long> LastSequenceAsync(CancellationToken cancellationToken = default) =>
        calls.RunAsync("events last sequence", async () =>
        {
            var last = await eventDocuments.Find(new BsonDocument()).Sort(new BsonDocument("sequence", -1)).Limit(1)
                .Project(new BsonDocument("sequence", 1)).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            return last?["sequence"].ToInt64() ?? 0;
        });

    private Task SetDispatchedAsync(IReadOnlyCollection<long> sequences, bool dispatched, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        if (sequences.Count == 0)
        {
            return Task.CompletedTask;
        }
        // One multi-document update, which the driver does not retry; it sets a constant, so repeating it is harmless.
        return calls.RunAsync("events dispatch marks", () => events.UpdateManyAsync(
            new BsonDocument("sequence", new BsonDocument("$in", new BsonArray(sequences))),
            new BsonDocument("$set", new BsonDocument("dispatched", dispatched)),
            cancellationToken: cancellationToken));
    }

    private Task<IReadOnlyList<PublicEvent>> FindAsync(string operation, BsonDocument filter, int limit, CancellationToken cancellationToken) =>
        calls.RunAsync<IReadOnlyList<PublicEvent>>(operation, async () =>
            await events.Find(filter).Sort(new BsonDocument("sequence", 1)).Limit(limit).ToListAsync(cancellationToken).ConfigureAwait(false));

    private async Task<PublicEvent?> FindByDedupKeyAsync(string dedupKey, CancellationToken cancellationToken) =>
        await events.Find(new BsonDocument(DedupKeyField, dedupKey)).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
}
