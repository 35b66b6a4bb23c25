using System.Text.Json.Nodes;

namespace Platform.Storage.Mongo;

/// <summary>An index the store creates at start-up: ascending keys in order.</summary>
internal sealed record IndexDefinition(string Name, string[] Fields, bool Unique = false)
{
    public JsonObject Keys() => MongoCollection.Ascending(Fields);
}
