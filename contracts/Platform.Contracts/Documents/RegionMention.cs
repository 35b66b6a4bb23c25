namespace Platform.Contracts.Documents;

/// <summary>A region mentioned in an article.</summary>
/// <param name="Region">The resolved region.</param>
/// <param name="Text">The text as printed (e.g. "长沙开福区").</param>
/// <param name="Count">How many times the region is mentioned.</param>
/// <param name="FirstOffset">Character offset of the first mention in title + newline + text.</param>
public sealed record RegionMention(Region Region, string Text, int Count, int FirstOffset);
