using Platform.Contracts.Documents;

namespace Platform.Parsing.Tests;

/// <summary>An expected page item in a seed, compared with the README's matching rules.</summary>
public sealed record SeedItem(ArticleKind Kind, string? Title, string[] Authors, string? Organization = null, string? Kicker = null, string? Subtitle = null, string[]? Flags = null)
{
    public override string ToString() => $"{Kind} {Kicker}|{Title}|{Subtitle} [{string.Join(",", Authors)}] {Organization}";
}
