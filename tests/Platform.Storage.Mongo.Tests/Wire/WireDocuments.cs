using MongoDB.Bson;
using MongoDB.Bson.IO;

namespace Platform.Storage.Mongo.Tests.Wire;

/// <summary>Server replies for the scripted mockupdb server, in canonical Extended JSON.</summary>
public static class WireDocuments
{
    /// <summary>A document as the driver stores it (class maps and store fields), for replies to finds.</summary>
    public static JsonObject Stored<T>(T record) => Canonical(record.ToBsonDocument());

    public static JsonObject Canonical(BsonDocument document) =>
        JsonNode.Parse(document.ToJson(new JsonWriterSettings { OutputMode = JsonOutputMode.CanonicalExtendedJson }))!.AsObject();

    public static JsonObject FirstBatch(string collection, params JsonObject[] documents) => new()
    {
        ["cursor"] = new JsonObject
        {
            ["id"] = new JsonObject { ["$numberLong"] = "0" },
            ["ns"] = $"platform_wire.{collection}",
            ["firstBatch"] = new JsonArray(documents),
        },
    };

    /// <summary>The reply to a write command: <paramref name="n"/> documents written.</summary>
    public static JsonObject Written(int n) => new() { ["n"] = n, ["nModified"] = n };

    /// <summary>The reply to a write command whose first document hit a unique index.</summary>
    public static JsonObject DuplicateKey(string index) => new()
    {
        ["n"] = 0,
        ["writeErrors"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["code"] = 11000,
            ["errmsg"] = $"E11000 duplicate key error collection: platform_wire index: {index}",
        }),
    };

    public static string Int64(JsonNode? node) => node!["$numberLong"]!.GetValue<string>();
}
