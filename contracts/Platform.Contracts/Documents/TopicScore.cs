namespace Platform.Contracts.Documents;

/// <summary>A taxonomy topic assigned to an article, with the evidence for it.</summary>
/// <param name="Id">Stable topic id, e.g. "epidemic-prevention".</param>
/// <param name="Label">Chinese label, e.g. "疫情防控".</param>
/// <param name="Score">Score in [0, 1].</param>
/// <param name="Evidence">Which terms matched and where.</param>
public sealed record TopicScore(string Id, string Label, double Score, IReadOnlyList<TopicEvidence> Evidence);
