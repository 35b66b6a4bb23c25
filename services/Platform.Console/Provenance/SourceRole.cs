namespace Platform.OperatorConsole.Provenance;

/// <summary>What a stretch of the source page became: an item field, or chrome the parser set aside.</summary>
public enum SourceRole
{
    Kicker,
    Title,
    Subtitle,
    Byline,
    Heading,
    Paragraph,
    Caption,
    Discarded,
}
