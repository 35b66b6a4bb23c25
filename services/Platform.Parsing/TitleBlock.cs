namespace Platform.Parsing;

/// <summary>The parts of a printed title block.</summary>
internal sealed record TitleBlock(string? Kicker, string? Title, string? Subtitle);
