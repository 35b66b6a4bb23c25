namespace Platform.Contracts.Documents;

/// <summary>A named organization.</summary>
/// <param name="Name">The organization's name as printed.</param>
/// <param name="Count">How many times it is mentioned.</param>
/// <param name="Offset">Character offset of the first mention.</param>
public sealed record OrganizationMention(string Name, int Count, int Offset);
