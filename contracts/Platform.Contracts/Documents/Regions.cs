namespace Platform.Contracts.Documents;

/// <summary>Where an article happened.</summary>
/// <param name="Primary">The place the article is about, or null when none was found.</param>
/// <param name="Mentioned">Every region mentioned, with counts and first offsets.</param>
/// <param name="Ambiguous">Place names that could not be resolved to one unit, with their candidates (empty when none;
/// null in documents enriched before it existed).</param>
public sealed record Regions(Region? Primary, IReadOnlyList<RegionMention> Mentioned, IReadOnlyList<AmbiguousRegion>? Ambiguous = null);
