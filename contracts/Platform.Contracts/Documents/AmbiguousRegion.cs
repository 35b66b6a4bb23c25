namespace Platform.Contracts.Documents;

/// <summary>A place name that stands equally for several units (鼓楼区, 朝阳区 with nothing else to go by).</summary>
/// <param name="Text">The name as printed.</param>
/// <param name="Offset">Character offset in title + newline + text.</param>
/// <param name="Candidates">Every unit it may denote, by code.</param>
/// <param name="CommonParent">The nearest unit that contains every candidate (桥西区 → 河北省), or null; when present it
/// is also counted among the mentioned regions.</param>
public sealed record AmbiguousRegion(string Text, int Offset, IReadOnlyList<Region> Candidates, Region? CommonParent);
