using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Storage.Mongo.Bson;
using Platform.Storage.Mongo.Driver;

namespace Platform.Storage.Mongo;

/// <summary>The handful of commands the stores send to one collection, each a single server command.</summary>
internal sealed class MongoCollection(MongoConnection connection, string name)
{
    public string Name { get; } = name;

    /// <summary>Inserts one document; a duplicate key surfaces as <see cref="DuplicateKeyException"/>.</summary>
    public async Task InsertAsync(JsonObject document, string id, CancellationToken cancellationToken)
    {
        using var reply = await connection.WriteAsync(
            new JsonObject { ["insert"] = Name, ["documents"] = new JsonArray(document), ["ordered"] = true },
            Subject(id), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Updates (or replaces, when <paramref name="update"/> has no operators) and returns how many documents matched.</summary>
    public async Task<long> UpdateAsync(JsonObject filter, JsonObject update, bool multi, string subject, CancellationToken cancellationToken)
    {
        var statement = new JsonObject { ["q"] = filter, ["u"] = update, ["upsert"] = false, ["multi"] = multi };
        using var reply = await connection.WriteAsync(
            new JsonObject { ["update"] = Name, ["updates"] = new JsonArray(statement), ["ordered"] = true },
            Subject(subject), cancellationToken).ConfigureAwait(false);
        return reply.N;
    }

    /// <summary>Atomically updates (upserting) one document and returns it as it is afterwards.</summary>
    public async Task<T> FindOneAndUpdateAsync<T>(JsonObject filter, JsonObject update, Func<JsonElement, T> read, CancellationToken cancellationToken)
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
