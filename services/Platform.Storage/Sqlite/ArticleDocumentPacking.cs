using System.Text;
using System.Text.Json;
using Platform.Contracts.Documents;

namespace Platform.Storage.Sqlite;

/// <summary>
/// Which article documents are stored Brotli-packed. A parsed or enriched article is overwritten by the next stage
/// moments later, so packing it bought no lasting space and cost two of the three packs (and unpacks) of every article,
/// the largest single share of the store's CPU; those are stored as plain JSON text, which every reader already takes
/// (columns written before packing are plain). Published and rejected documents stay, and are packed.
/// </summary>
internal static class ArticleDocumentPacking
{
    public static bool Packs(PipelineStatus status) => status is not (PipelineStatus.Parsed or PipelineStatus.Enriched);

    /// <summary>The doc column's value for <paramref name="stored"/>: packed bytes, or the JSON text.</summary>
    public static object Column(Article stored)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(stored, DocumentJson.Options);
        return Packs(stored.Status) ? SqlitePacking.Pack(json) : Encoding.UTF8.GetString(json);
    }
}
