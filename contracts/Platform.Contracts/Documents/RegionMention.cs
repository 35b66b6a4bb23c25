namespace Platform.Contracts.Documents;

/// <summary>A region mentioned in an article.</summary>
/// <param name="Region">The resolved region.</param>
/// <param name="Text">The text as printed (e.g. "长沙开福区", or a town such as "洋门乡" that stands for its county).</param>
/// <param name="Count">How many times the region is mentioned.</param>
/// <param name="FirstOffset">Character offset of the first mention in title + newline + text.</param>
/// <param name="Historic">True when the first mention printed the name of a renamed or abolished unit (下城区, 莱芜市,
/// 襄樊) and <paramref name="Region"/> is its successor.</param>
public sealed record RegionMention(Region Region, string Text, int Count, int FirstOffset, bool Historic = false);
