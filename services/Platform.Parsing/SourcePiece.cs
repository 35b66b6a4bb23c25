namespace Platform.Parsing;

/// <summary>Characters [At, At + Length) of a field string were printed at [Start, Start + Length) of the page text.</summary>
internal readonly record struct SourcePiece(int At, int Start, int Length);
