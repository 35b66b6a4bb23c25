namespace Platform.Formats;

/// <summary>What <see cref="FormatDetector"/> found: the format and, for the refused ones, a name a person understands.</summary>
/// <param name="Format">The format.</param>
/// <param name="Name">The format's name as said in problems, e.g. "legacy Word 97-2003 document (.doc)".</param>
public sealed record DetectedFormat(InputFormat Format, string Name);
