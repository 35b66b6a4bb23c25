using Platform.Contracts.Documents;

namespace Platform.Storage.Sqlite;

/// <summary>
/// How hard a document is packed, by the status it is stored in. Every stage writes each article again on the
/// pipeline's path, so documents pack at quality 1: about a quarter of quality 4's CPU, 5% larger. Publishing one
/// at quality 4 was two thirds of the publish stage's own packing and writing (RESULTS.md). A rejected document,
/// written once off that path, and event data keep quality 4. Raw bodies are written once but on every push, where
/// quality 4 cost 2.7% of the embedded platform's CPU for 4% smaller raw columns (RESULTS.md, stop 45).
/// </summary>
internal static class SqlitePackingQuality
{
    /// <summary>The quality of what is written once off the pipeline's path: event data, rejected documents.</summary>
    public const int Small = 4;

    /// <summary>The quality of a document the pipeline writes as it passes through a stage.</summary>
    public const int Fast = 1;

    /// <summary>The quality of a pushed body and its decoded text, packed together as each push is received.</summary>
    public const int Raw = Fast;

    public static int Of(PipelineStatus status) => status == PipelineStatus.Rejected ? Small : Fast;
}
