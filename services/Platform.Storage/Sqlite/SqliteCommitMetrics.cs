using System.Diagnostics.Metrics;

namespace Platform.Storage.Sqlite;

/// <summary>
/// How long each SQLite group commit held the file's single writer, and how many writes it carried. Every push and every
/// stage's store call waits behind the commit in progress, so a slow disk shows here first: under load on a virtual disk,
/// single COMMITs took 100 ms to 1 s (with SQLite's automatic checkpoint inside them, and without it), while most took
/// a few milliseconds.
/// </summary>
public static class SqliteCommitMetrics
{
    /// <summary>The meter's name, for the hosts' telemetry registration.</summary>
    public const string MeterName = "Platform.Storage.Sqlite";

    private static readonly Meter Meter = new(MeterName, "1.0.0");

    internal static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "platform.store.commit.duration", "ms", "Time one SQLite group commit held the writer: its writes, its COMMIT and any WAL checkpoint inside it.");

    internal static readonly Histogram<long> Writes = Meter.CreateHistogram<long>(
        "platform.store.commit.writes", "{write}", "Writes carried by one SQLite group commit.");
}
