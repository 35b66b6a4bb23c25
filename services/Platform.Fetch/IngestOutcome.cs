using Platform.Contracts.Documents;
using Platform.Formats;

namespace Platform.Fetch;

/// <summary>What fetch did with a body.</summary>
public enum IngestStatus
{
    /// <summary>New content: stored and announced.</summary>
    Accepted,
    /// <summary>The same content (by content key, whatever its format) was already stored; nothing new was created.</summary>
    Duplicate,
    /// <summary>Not a usable bulletin; nothing was stored.</summary>
    Rejected,
}

/// <summary>Result of <see cref="BulletinIntake.IngestAsync"/>: the format read and, for text and HTML, its charset.</summary>
public sealed record IngestOutcome(IngestStatus Status, string? BulletinId, BulletinFormat? Format, string? Encoding, ExtractionProblem? Failure);
