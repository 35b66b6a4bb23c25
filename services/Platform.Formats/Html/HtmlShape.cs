namespace Platform.Formats.Html;

/// <summary>
/// What one scan of a page's markup found: its deepest element nesting, how many elements it opens, and the sum of
/// their squared depths (depth: each element's open ancestors).
/// </summary>
internal readonly record struct HtmlShape(int Depth, int Elements, long Nesting);
