namespace Platform.Contracts.Documents;

/// <summary>Where an article happened.</summary>
/// <param name="Primary">The place the article is about, or null when none was found.</param>
/// <param name="Mentioned">Every region mentioned, with counts and first offsets.</param>
public sealed record Regions(Region? Primary, IReadOnlyList<RegionMention> Mentioned);
