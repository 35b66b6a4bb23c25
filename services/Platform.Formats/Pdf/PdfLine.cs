namespace Platform.Formats.Pdf;

/// <summary>One line of text on a page, with the geometry and type that decide how it joins its neighbours.</summary>
/// <param name="Text">The line's characters; spaces where the letters leave a gap.</param>
/// <param name="Bounds">The line's box.</param>
/// <param name="FontSize">The size most of its letters are set in, in points.</param>
/// <param name="Bold">Most of its letters are in a bold face.</param>
internal sealed record PdfLine(string Text, Box Bounds, double FontSize, bool Bold);
