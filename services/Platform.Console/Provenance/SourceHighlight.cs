using Platform.Contracts.Documents;

namespace Platform.OperatorConsole.Provenance;

/// <summary>A stretch of the source the bulletin page marks: a field's span with the role and item it belongs to.</summary>
/// <param name="Span">The field's span in the normalized text (<c>RawBulletin.Text</c>), as the parser recorded it.</param>
/// <param name="Role">The field's role, which colours it.</param>
/// <param name="Item">Ordinal of the article the field belongs to; 0 for discarded chrome.</param>
/// <param name="Label">What to call it on the page, e.g. "title of item 2" or "discarded: page-meta".</param>
public sealed record SourceHighlight(SourceSpan Span, SourceRole Role, int Item, string Label)
{
    public int Offset => Span.Start;

    public int Length => Span.Length;
}
