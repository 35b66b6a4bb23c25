namespace Platform.Fetch;

/// <summary>Text recovered from a pushed or fetched body, and how it was decoded.</summary>
/// <param name="Text">The normalized text the parser reads.</param>
/// <param name="Encoding">Detected encoding name (utf-8, gb18030, utf-16le, utf-16be, big5).</param>
/// <param name="WasHtml">True when the body was HTML and the article text was extracted from it.</param>
public sealed record DecodedBulletin(string Text, string Encoding, bool WasHtml);
