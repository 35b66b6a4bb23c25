using Platform.Contracts.Documents;

namespace Platform.Storage.Sqlite;

/// <summary>
/// How hard a document is packed, by the status it is stored in. A parsed or enriched document is overwritten by the
/// next stage moments later, so packing it at quality 1 (about a quarter of quality 4's CPU, and 5% larger) costs the
/// store nothing it keeps; a document that stays (published or rejected) gets the store's usual quality.
/// </summary>
internal static class SqlitePackingQuality
{
    /// <summary>The quality of what is kept: raw bodies, event data, final documents.</summary>
    public const int Kept = 4;

    /// <summary>The quality of a document the next stage replaces.</summary>
    public const int Passing = 1;

    public static int Of(PipelineStatus status) => status switch
    {
        PipelineStatus.Received or PipelineStatus.Parsed or PipelineStatus.Enriched => Passing,
        _ => Kept,
    };
}
