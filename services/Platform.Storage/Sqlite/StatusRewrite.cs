using System.Buffers;

namespace Platform.Storage.Sqlite;

/// <summary>
/// The JSON of a document stored again with only its pipeline status changed (publishing marks an enriched article
/// published, completing a bulletin marks it published): the stored JSON with the values of its top-level
/// <c>status</c> and <c>version</c> replaced, the same bytes a full serialization writes, at a fraction of its cost.
/// </summary>
internal static class StatusRewrite
{
    private const string StatusProperty = "status";
    private const string VersionProperty = "version";

    /// <summary><paramref name="json"/> with those two values replaced by the given JSON values, or null when it lacks either.</summary>
    public static byte[]? Apply(ReadOnlySpan<byte> json, ReadOnlySpan<byte> status, ReadOnlySpan<byte> version)
    {
        if (TopLevelJsonProperties.Of(json) is not { } properties) return null;
        var output = new ArrayBufferWriter<byte>(json.Length + 16);
        var copied = 0;
        var replaced = 0;
        foreach (var (name, start, end) in properties)
        {
            var value = name switch
            {
                StatusProperty => status,
                VersionProperty => version,
                _ => default,
            };
            if (value.IsEmpty) continue;
            // Compact JSON: the value starts right after the colon that follows the name.
            var valueStart = start + json[start..end].IndexOf((byte)':') + 1;
            output.Write(json[copied..valueStart]);
            output.Write(value);
            copied = end;
            replaced++;
        }
        if (replaced != 2) return null;
        output.Write(json[copied..]);
        return output.WrittenSpan.ToArray();
    }
}
