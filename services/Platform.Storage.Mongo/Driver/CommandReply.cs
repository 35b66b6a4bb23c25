using System.Text.Json;

namespace Platform.Storage.Mongo.Driver;

/// <summary>A server reply as plain JSON, with the fields the stores read.</summary>
internal sealed class CommandReply(JsonDocument document) : IDisposable
{
    public JsonElement Root => document.RootElement;

    /// <summary>"n": documents inserted, or matched by an update.</summary>
    public long N => Root.TryGetProperty("n", out var n) ? n.GetInt64() : 0;

    /// <summary>Documents of a single-batch <c>find</c>.</summary>
    public IEnumerable<JsonElement> FirstBatch =>
        Root.TryGetProperty("cursor", out var cursor) && cursor.TryGetProperty("firstBatch", out var batch)
            ? batch.EnumerateArray()
            : [];

    /// <summary>"value" of a findAndModify, or null.</summary>
    public JsonElement? Value =>
        Root.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    public void Dispose() => document.Dispose();
}
