namespace Platform.OperatorConsole.Highlighting;

/// <summary>A stretch of text to highlight, carrying what it is (<typeparamref name="T"/>).</summary>
public sealed record HighlightRange<T>(int Offset, int Length, T Tag)
{
    public int End => Offset + Length;
}
