using Platform.Enrichment.Gazetteer;

namespace Platform.Enrichment.Regions;

/// <summary>A name that stands for several units equally well (鼓楼区 with no context).</summary>
/// <param name="Start">Offset of the name in the text.</param>
/// <param name="Length">Length of the name.</param>
/// <param name="Candidates">The units it may denote, by code.</param>
/// <param name="CommonParent">The nearest unit containing every candidate, or null.</param>
public sealed record AmbiguousName(int Start, int Length, IReadOnlyList<AdminUnit> Candidates, AdminUnit? CommonParent);
