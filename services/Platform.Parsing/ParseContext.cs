using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>Identity of the bulletin being parsed; the parser copies it into the documents.</summary>
public sealed record ParseContext(string BulletinId, string SourceId, string Sha256, DateTimeOffset ReceivedAt)
{
    /// <summary>The format the text was extracted from; recorded on the bulletin.</summary>
    public BulletinFormat Format { get; init; }

    /// <summary>What extraction dropped or guessed; recorded on the bulletin.</summary>
    public IReadOnlyList<string> ExtractionWarnings { get; init; } = [];

    /// <summary>What the source document's layout says about its headlines.</summary>
    public HeadlineHints Hints { get; init; } = HeadlineHints.None;
}
