namespace Platform.Parsing;

/// <summary>The page text with the line breaks of hard-wrapped columns taken out, and where they were.</summary>
/// <param name="Text">The text every later stage reads: each wrapped paragraph is one line again.</param>
/// <param name="Joins">The removed line breaks in order, with offsets into the text before joining (to map spans back).</param>
internal sealed record UnwrappedText(string Text, IReadOnlyList<TextCut> Joins);
