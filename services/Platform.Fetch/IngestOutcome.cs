using Platform.Formats;

namespace Platform.Fetch;

/// <summary>What fetch did with a body.</summary>
public enum IngestStatus
{
    /// <summary>New content: stored and announced.</summary>
    Accepted,
    /// <summary>The same normalized text was already stored; nothing new was created.</summary>
    Duplicate,
    /// <summary>Not a usable bulletin; nothing was stored.</summary>
    Rejected,
}

/// <summary>Result of <see cref="BulletinIntake.IngestAsync"/>.</summary>
public sealed record IngestOutcome(IngestStatus Status, string? BulletinId, string? Encoding, ExtractionProblem? Failure);
