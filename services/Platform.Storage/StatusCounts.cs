using Platform.Contracts;
using Platform.Contracts.Documents;

namespace Platform.Storage;

/// <summary>Turns a store's grouped counts (wire status name → count) into counts per status, for both adapters.</summary>
public static class StatusCounts
{
    /// <summary>Counts per status; names that are no status are dropped, and every status is present (0 when none).</summary>
    public static Dictionary<PipelineStatus, long> FromWireNames(IEnumerable<(string? Status, long Count)> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var counts = Enum.GetValues<PipelineStatus>().ToDictionary(s => s, _ => 0L);
        foreach (var (status, count) in groups)
        {
            if (WireNames.TryParse<PipelineStatus>(status, out var s)) counts[s] += count;
        }
        return counts;
    }

    /// <summary>
    /// Bulletin counts: <paramref name="parsed"/> groups the bulletin documents by status, and a raw bulletin without a
    /// document yet (<paramref name="raw"/> minus the documents) is received.
    /// </summary>
    public static Dictionary<PipelineStatus, long> OfBulletins(long raw, IEnumerable<(string? Status, long Count)> parsed)
    {
        var groups = parsed.ToList();
        var counts = FromWireNames(groups);
        counts[PipelineStatus.Received] += Math.Max(0, raw - groups.Sum(g => g.Count));
        return counts;
    }
}
