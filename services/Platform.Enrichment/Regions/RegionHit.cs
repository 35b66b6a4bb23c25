using Platform.Enrichment.Gazetteer;

namespace Platform.Enrichment.Regions;

/// <summary>A resolved mention of a unit in a text.</summary>
/// <param name="Start">Offset of the name in the text.</param>
/// <param name="Length">Length of the name.</param>
/// <param name="Unit">The unit the name resolved to.</param>
/// <param name="Name">The gazetteer name that matched.</param>
/// <param name="ChainStart">Where the chain of names this one completes begins (湖南长沙开福区 → at 湖南).</param>
public sealed record RegionHit(int Start, int Length, AdminUnit Unit, GazetteerName Name, int ChainStart)
{
    public int End => Start + Length;
}
