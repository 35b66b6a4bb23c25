namespace Platform.OperatorConsole.Highlighting;

/// <summary>A run of text and the innermost highlight covering it (default when none does).</summary>
public sealed record TextSegment<T>(string Text, int Offset, HighlightRange<T>? Range);
