namespace Platform.Contracts.Documents;

/// <summary>A quantity in the text (2600余名机关干部, 1.9%).</summary>
/// <param name="Text">The text as printed.</param>
/// <param name="Value">Numeric value with 万/亿 folded in (1.2万 → 12000; 1300多万元 → 13000000).</param>
/// <param name="Unit">Base measure word or unit after folding (名, 个, 元, %), or null.</param>
/// <param name="Noun">What is counted (机关干部), or null.</param>
/// <param name="Qualifier">"over", "nearly", "about" or null for exact.</param>
/// <param name="Offset">Character offset in the article text.</param>
public sealed record Figure(string Text, double Value, string? Unit, string? Noun, string? Qualifier, int Offset);
