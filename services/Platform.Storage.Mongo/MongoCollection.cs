using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Storage.Mongo.Bson;
using Platform.Storage.Mongo.Driver;

namespace Platform.Storage.Mongo;

/// <summary>The handful of commands the stores send to one collection, each a single server command.</summary>
internal sealed class MongoCollection(MongoConnection connection, string name)
{
    public string Name { get; } = name;

    /// <summary>
    /// Inserts the document unless one with its _id exists, as a findAndModify upsert with
    /// <c>$setOnInsert</c>: libmongoc retries findAndModify as a retryable write (it does not for
    /// insert and update sent as generic commands), and the existing document's <paramref name="fields"/>
    /// come back in the same round trip. Returns null when inserted, else the existing document.
    /// A collision on another unique index surfaces as <see cref="DuplicateKeyException"/>.
    /// </summary>
    public async Task<JsonElement?> InsertIfAbsentAsync(JsonNode id, JsonObject document, string subject, CancellationToken cancellationToken, JsonObject? fields = null)
    {
        document.Remove("_id");
        var command = new JsonObject
        {
            ["findAndModify"] = Name,
            ["query"] = new JsonObject { ["_id"] = id },
            ["update"] = new JsonObject { ["$setOnInsert"] = document },
            ["upsert"] = true,
            ["new"] = false,
            ["fields"] = fields ?? new JsonObject { ["_id"] = 1 },
        };
        using var reply = await connection.WriteAsync(command, Subject(subject), cancellationToken).ConfigureAwait(false);
        return reply.Value?.Clone();
    }

    /// <summary>Replaces (or, with operators, updates) the first document matching <paramref name="filter"/>; false when none matched. Retryable.</summary>
    public async Task<bool> FindOneAndUpdateAsync(JsonObject filter, JsonObject update, string subject, CancellationToken cancellationToken)
    {
        var command = new JsonObject
        {
            ["findAndModify"] = Name,
            ["query"] = filter,
            ["update"] = update,
            ["upsert"] = false,
            ["new"] = true,
            ["fields"] = new JsonObject { ["_id"] = 1 },
        };
        using var reply = await connection.WriteAsync(command, Subject(subject), cancellationToken).ConfigureAwait(false);
        return reply.Value is not null;
    }

    /// <summary>
    /// Updates every matching document. Sent as a generic update, which libmongoc does not retry: use
    /// it only for idempotent changes ($set to a constant) that a caller may simply repeat.
    /// </summary>
    public async Task<long> UpdateManyAsync(JsonObject filter, JsonObject update, string subject, CancellationToken cancellationToken)
    {
        var statement = new JsonObject { ["q"] = filter, ["u"] = update, ["upsert"] = false, ["multi"] = true };
        using var reply = await connection.WriteAsync(
            new JsonObject { ["update"] = Name, ["updates"] = new JsonArray(statement), ["ordered"] = true },
            Subject(subject), cancellationToken).ConfigureAwait(false);
        return reply.N;
    }

    /// <summary>Deletes the first document matching <paramref name="filter"/>; false when none matched. Retryable (findAndModify with remove).</summary>
    public async Task<bool> FindOneAndDeleteAsync(JsonObject filter, string subject, CancellationToken cancellationToken)
    {
        var command = new JsonObject
        {
            ["findAndModify"] = Name,
            ["query"] = filter,
            ["remove"] = true,
            ["fields"] = new JsonObject { ["_id"] = 1 },
        };
        using var reply = await connection.WriteAsync(command, Subject(subject), cancellationToken).ConfigureAwait(false);
        return reply.Value is not null;
    }

    /// <summary>Deletes every matching document. A generic delete, not retried by libmongoc: repeating it is harmless.</summary>
    public async Task<long> DeleteManyAsync(JsonObject filter, string subject, CancellationToken cancellationToken)
    {
        var statement = new JsonObject { ["q"] = filter, ["limit"] = 0 };
        using var reply = await connection.WriteAsync(
            new JsonObject { ["delete"] = Name, ["deletes"] = new JsonArray(statement), ["ordered"] = true },
            Subject(subject), cancellationToken).ConfigureAwait(false);
        return reply.N;
    }

    /// <summary>Atomically updates (upserting) one document and returns it as it is afterwards.</summary>
    public async Task<T> FindOneAndUpsertAsync<T>(JsonObject filter, JsonObject update, Func<JsonElement, T> read, CancellationToken cancellationToken)
    {
        using var reply = await connection.WriteAsync(
            new JsonObject { ["findAndModify"] = Name, ["query"] = filter, ["update"] = update, ["upsert"] = true, ["new"] = true },
            Subject("findAndModify"), cancellationToken).ConfigureAwait(false);
        return reply.Value is { } value
            ? read(value)
            : throw new StoreException($"findAndModify on '{Name}' returned no document although it upserts.");
    }

    /// <summary>
    /// One batch of matching documents. The batch size equals the limit and the cursor is closed, so
    /// no getMore is needed; the server may return fewer when the batch would pass 16 MiB, which the
    /// callers' cursors (last id, last sequence) tolerate.
    /// </summary>
    public async Task<List<T>> FindAsync<T>(
        JsonObject filter, JsonObject sort, int limit, Func<JsonElement, T> read, CancellationToken cancellationToken, JsonObject? projection = null)
    {
        var command = new JsonObject
        {
            ["find"] = Name,
            ["filter"] = filter,
            ["sort"] = sort,
            ["limit"] = limit,
            ["batchSize"] = limit,
            ["singleBatch"] = true,
        };
        if (projection is not null)
        {
            command["projection"] = projection;
        }
        using var reply = await connection.ReadAsync(command, cancellationToken).ConfigureAwait(false);
        return reply.FirstBatch.Select(read).ToList();
    }

    public async Task<T?> FindByIdAsync<T>(string id, Func<JsonElement, T> read, CancellationToken cancellationToken) where T : class
    {
        var found = await FindAsync(new JsonObject { ["_id"] = id }, new JsonObject(), 1, read, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>Creates the indexes (by name; an existing identical index is left as it is).</summary>
    public async Task CreateIndexesAsync(IEnumerable<IndexDefinition> indexes, CancellationToken cancellationToken)
    {
        var list = new JsonArray();
        foreach (var index in indexes)
        {
            var spec = new JsonObject { ["key"] = index.Keys(), ["name"] = index.Name };
            if (index.Unique)
            {
                spec["unique"] = true;
            }
            list.Add(spec);
        }
        using var reply = await connection.WriteAsync(new JsonObject { ["createIndexes"] = Name, ["indexes"] = list }, Subject("indexes"), cancellationToken)
            .ConfigureAwait(false);
    }

    private string Subject(string id) => $"{Name} document '{id}'";

    public static JsonObject Ascending(params string[] fields)
    {
        var sort = new JsonObject();
        foreach (var field in fields)
        {
            sort[field] = 1;
        }
        return sort;
    }

    /// <summary>Extended JSON for a date, for the derived UTC fields range queries use.</summary>
    public static JsonObject Date(DateTimeOffset value) => ExtendedJson.Date(value);
}
