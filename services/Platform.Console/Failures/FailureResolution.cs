using Platform.Storage;

namespace Platform.OperatorConsole.Failures;

/// <summary>
/// "Mark resolved" is recorded in the failures collection itself, as a failure of stage <c>console</c>, so it needs
/// nothing beyond the store port: a subject is resolved while its latest record is such a resolution, and a new
/// failure after it reopens it.
/// </summary>
public static class FailureResolution
{
    public const string Stage = "console";
    public const string ReasonPrefix = "resolved by operator";

    public static Failure Resolve(string subjectId, string? note, DateTimeOffset at) =>
        new(Stage, subjectId, string.IsNullOrWhiteSpace(note) ? ReasonPrefix : $"{ReasonPrefix}: {note.Trim()}", at);

    public static bool IsResolution(Failure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure.Stage == Stage && failure.Reason.StartsWith(ReasonPrefix, StringComparison.Ordinal);
    }

    /// <summary>The resolution in force, or null while the subject is open.</summary>
    public static Failure? Current(IReadOnlyList<Failure> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var latest = records.OrderBy(f => f.At).LastOrDefault();
        return latest is not null && IsResolution(latest) ? latest : null;
    }
}
