using Platform.Contracts.Documents;

namespace Platform.Storage.Sqlite;

/// <summary>
/// How hard a document is packed, by the status it is stored in. Every stage writes each article again on the
/// pipeline's path, so documents pack at quality 1: about a quarter of quality 4's CPU, 5% larger. Publishing one
/// at quality 4 was two thirds of the publish stage's own packing and writing (RESULTS.md). A rejected document,
/// written once off that path, and raw bodies and event data keep quality 4.
/// </summary>
internal static class SqlitePackingQuality
{
    /// <summary>The quality of what is written once: raw bodies, event data, rejected documents.</summary>
    public const int Small = 4;

    /// <summary>The quality of a document the pipeline writes as it passes through a stage.</summary>
    public const int Fast = 1;

    public static int Of(PipelineStatus status) => status == PipelineStatus.Rejected ? Small : Fast;
}
