using System.Text;
using MongoDB.Bson.Serialization;
using Platform.Storage.Mongo.Mapping;

namespace Platform.Storage.Mongo;

/// <summary>
/// Raw bulletins, unique by id (the SHA-256 prefix) and by SHA-256. Content too large for a document
/// (<see cref="RawContentPlacement"/>) is uploaded to GridFS first and the document, stored with null bytes
/// and text, references it in <c>content</c>: a document never points at content that is not there yet.
/// </summary>
internal sealed class MongoRawBulletinStore(IMongoCollection<RawBulletin> raw, RawContentBucket contentBucket, StoreCalls calls) : IRawBulletinStore
{
    private const string ContentField = "content";

    private const int UnparsedPage = 500;

    private readonly IMongoCollection<BsonDocument> documents = raw.Database.GetCollection<BsonDocument>(raw.CollectionNamespace.CollectionName);
    private readonly IMongoCollection<BsonDocument> bulletins = raw.Database.GetCollection<BsonDocument>("bulletins");

    private readonly IMongoCollection<RawBulletinReceipt> receipts = raw.Database.GetCollection<RawBulletinReceipt>(raw.CollectionNamespace.CollectionName);

    // The receipt's own fields, named by its class map (the same conventions as the raw bulletin's): whatever the
    // receipt gains is read, and inline bytes and text, hints and the GridFS reference never leave the server.
    private readonly BsonDocument receiptFields =
        new(BsonClassMap.LookupClassMap(typeof(RawBulletinReceipt)).AllMemberMaps.Select(member => new BsonElement(member.ElementName, 1)));

    public async Task<AddRawResult> AddAsync(RawBulletin bulletin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        var operation = $"raw_bulletins insert '{bulletin.Id}'";
        var location = RawContentPlacement.Decide(bulletin.Bytes.LongLength, Encoding.UTF8.GetByteCount(bulletin.Text));
        if (location == RawContentLocation.Inline)
        {
            return await calls.RunAsync(operation, () => InsertAsync(bulletin, () => raw.InsertOneAsync(bulletin, cancellationToken: cancellationToken), cancellationToken))
                .ConfigureAwait(false);
        }
        return await calls.RunAsync(operation, async () =>
        {
            // A duplicate is the common reason to push a large body twice: answer it without uploading.
            if (await FindIdByShaAsync(bulletin.Sha256, cancellationToken).ConfigureAwait(false) is { } existing)
            {
                return new AddRawResult(false, existing);
            }
            var content = await contentBucket.UploadAsync(bulletin, cancellationToken).ConfigureAwait(false);
            var document = (bulletin with { Bytes = null!, Text = null! }).ToBsonDocument();
            document[ContentField] = content;
            var result = await InsertAsync(bulletin, () => documents.InsertOneAsync(document, cancellationToken: cancellationToken), cancellationToken)
                .ConfigureAwait(false);
            if (!result.Inserted)
            {
                await contentBucket.DeleteAsync(content, CancellationToken.None).ConfigureAwait(false);
            }
            return result;
        }).ConfigureAwait(false);
    }

    public Task<RawBulletin?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        calls.RunAsync<RawBulletin?>($"raw_bulletins find '{id}'", async () =>
        {
            var found = await raw.Find(new BsonDocument("_id", id)).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            return found is null ? null : await WithContentAsync(found, cancellationToken).ConfigureAwait(false);
        });

    public Task<RawBulletinReceipt?> GetReceiptAsync(string id, CancellationToken cancellationToken = default) =>
        calls.RunAsync<RawBulletinReceipt?>($"raw_bulletins find receipt '{id}'", async () =>
            await receipts.Find(new BsonDocument("_id", id)).Project<RawBulletinReceipt>(receiptFields).FirstOrDefaultAsync(cancellationToken)
                .ConfigureAwait(false));

    public Task<IReadOnlyList<RawBulletinReceipt>> ListUnannouncedAsync(int limit, CancellationToken cancellationToken = default) =>
        calls.RunAsync<IReadOnlyList<RawBulletinReceipt>>("raw_bulletins find unannounced", async () =>
            await receipts.Find(new BsonDocument("announced", false))
                .Sort(new BsonDocument { [ContractMapping.ReceivedAtUtcField] = 1, ["_id"] = 1 })
                .Limit(Math.Max(limit, 1))
                .Project<RawBulletinReceipt>(receiptFields)
                .ToListAsync(cancellationToken).ConfigureAwait(false));

    public Task MarkAnnouncedAsync(string id, CancellationToken cancellationToken = default) =>
        calls.RunAsync($"raw_bulletins mark announced '{id}'", () =>
            raw.UpdateOneAsync(new BsonDocument("_id", id), new BsonDocument("$set", new BsonDocument("announced", true)), cancellationToken: cancellationToken));

    public Task<IReadOnlyList<UnparsedBulletin>> ListUnparsedAsync(DateTimeOffset receivedFrom, int limit, CancellationToken cancellationToken = default) =>
        calls.RunAsync<IReadOnlyList<UnparsedBulletin>>("raw_bulletins list unparsed", async () =>
        {
            // Pages of raw bulletins (without their content), minus those with a parsed bulletin: two plain finds
            // per page, on indexes both, instead of a $lookup.
            var wanted = Math.Max(limit, 1);
            var unparsed = new List<UnparsedBulletin>();
            var filter = new BsonDocument(ContractMapping.ReceivedAtUtcField, new BsonDocument("$gte", new BsonDateTime(receivedFrom.UtcDateTime)));
            var sort = new BsonDocument { [ContractMapping.ReceivedAtUtcField] = 1, ["_id"] = 1 };
            var projection = new BsonDocument { ["sourceId"] = 1, ["sha256"] = 1, ["receivedAt"] = 1 };
            for (var skip = 0; unparsed.Count < wanted; skip += UnparsedPage)
            {
                var page = await documents.Find(filter).Sort(sort).Skip(skip).Limit(UnparsedPage).Project(projection)
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
                if (page.Count == 0) break;
                var ids = new BsonArray(page.Select(d => d["_id"]));
                var parsed = (await bulletins.Find(new BsonDocument("_id", new BsonDocument("$in", ids))).Project(new BsonDocument("_id", 1))
                    .ToListAsync(cancellationToken).ConfigureAwait(false)).Select(d => d["_id"].AsString).ToHashSet(StringComparer.Ordinal);
                unparsed.AddRange(page.Where(d => !parsed.Contains(d["_id"].AsString)).Take(wanted - unparsed.Count)
                    .Select(d => new UnparsedBulletin(d["_id"].AsString, d["sourceId"].AsString, d["sha256"].AsString,
                        DateTimeOffset.Parse(d["receivedAt"].AsString, System.Globalization.CultureInfo.InvariantCulture))));
                if (page.Count < UnparsedPage) break;
            }
            return unparsed;
        });

    public Task<IReadOnlyList<string>> ListIdsAsync(DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken = default) =>
        calls.RunAsync<IReadOnlyList<string>>("raw_bulletins list ids", async () =>
        {
            var filter = new BsonDocument();
            if (from is not null || to is not null)
            {
                var range = new BsonDocument();
                if (from is { } f) range["$gte"] = new BsonDateTime(f.UtcDateTime);
                if (to is { } t) range["$lte"] = new BsonDateTime(t.UtcDateTime);
                filter[ContractMapping.ReceivedAtUtcField] = range;
            }
            var ids = await documents.Find(filter)
                .Sort(new BsonDocument { [ContractMapping.ReceivedAtUtcField] = 1, ["_id"] = 1 })
                .Limit(100_000)
                .Project(new BsonDocument("_id", 1))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return ids.Select(d => d["_id"].AsString).ToList();
        });

    /// <summary>Inserts; a duplicate id or SHA-256 answers with the bulletin stored first.</summary>
    private async Task<AddRawResult> InsertAsync(RawBulletin bulletin, Func<Task> insert, CancellationToken cancellationToken)
    {
        try
        {
            await insert().ConfigureAwait(false);
            return new AddRawResult(true, bulletin.Id);
        }
        catch (MongoException error) when (DriverErrors.IsDuplicateKey(error))
        {
            return await FindIdByShaAsync(bulletin.Sha256, cancellationToken).ConfigureAwait(false) is { } existing
                ? new AddRawResult(false, existing)
                : throw new StoreException($"raw bulletin '{bulletin.Id}' collides with a stored id but not with its SHA-256 '{bulletin.Sha256}'.", error);
        }
    }

    private async Task<string?> FindIdByShaAsync(string sha256, CancellationToken cancellationToken)
    {
        var found = await documents.Find(new BsonDocument("sha256", sha256)).Project(new BsonDocument("_id", 1))
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return found?["_id"].AsString;
    }

    /// <summary>Null bytes mean the content is in GridFS (see the class summary).</summary>
    private async Task<RawBulletin> WithContentAsync(RawBulletin bulletin, CancellationToken cancellationToken)
    {
        if (bulletin.Bytes is not null)
        {
            return bulletin;
        }
        var refs = await documents.Find(new BsonDocument("_id", bulletin.Id)).Project(new BsonDocument(ContentField, 1))
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return refs?.GetValue(ContentField, BsonNull.Value) is BsonDocument content
            ? await contentBucket.LoadAsync(bulletin, content, cancellationToken).ConfigureAwait(false)
            : throw new StoreException($"raw bulletin '{bulletin.Id}' has neither inline bytes nor a content reference.");
    }
}
