namespace Platform.Contracts.Documents;

/// <summary>A salient term of an article.</summary>
/// <param name="Term">The term.</param>
/// <param name="Weight">Weight in [0, 1]; higher is more salient.</param>
public sealed record Keyword(string Term, double Weight);
