using System.Text;
using System.Text.Json;
using Platform.Contracts.Documents;

namespace Platform.Storage.Sqlite;

/// <summary>
/// Which documents are stored Brotli-packed. A parsed or enriched article or bulletin is overwritten by a later stage
/// moments later, so packing it bought no lasting space and cost two of the three packs of every article (and the
/// unpacks of every read in between), the largest single share of the store's CPU; those are stored as plain JSON
/// text, which every reader already takes (columns written before packing are plain). Published and rejected
/// documents stay, and are packed.
/// </summary>
internal static class DocumentPacking
{
    public static bool Packs(PipelineStatus status) => status is not (PipelineStatus.Parsed or PipelineStatus.Enriched);

    /// <summary>The doc column's value for <paramref name="stored"/> in <paramref name="status"/>: packed bytes, or the JSON text.</summary>
    public static object Column<T>(T stored, PipelineStatus status)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(stored, DocumentJson.Options);
        return Packs(status) ? SqlitePacking.Pack(json) : Encoding.UTF8.GetString(json);
    }
}
