namespace Platform.OperatorConsole.Highlighting;

/// <summary>What the enricher found in an article's text.</summary>
public enum MentionKind
{
    Place,
    Date,
    Figure,
    Person,
    Org,
}
