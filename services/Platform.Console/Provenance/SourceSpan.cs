namespace Platform.OperatorConsole.Provenance;

/// <summary>Where a field came from: offset and length in the normalized bulletin text.</summary>
/// <param name="Offset">Offset in <c>RawBulletin.Text</c>.</param>
/// <param name="Length">Length in characters (may cover line breaks the parser joined).</param>
/// <param name="Role">The field's role.</param>
/// <param name="Item">Ordinal of the article the field belongs to; 0 for discarded chrome.</param>
/// <param name="Field">Index of the field in the item's printed order (<see cref="TextSearchSpanLocator.Fields"/>); -1 for chrome.</param>
/// <param name="Label">What to call it on the page, e.g. "title of item 2" or "discarded: page-furniture".</param>
public sealed record SourceSpan(int Offset, int Length, SourceRole Role, int Item, int Field, string Label);
