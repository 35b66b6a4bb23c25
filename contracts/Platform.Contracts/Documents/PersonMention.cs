namespace Platform.Contracts.Documents;

/// <summary>A named person.</summary>
/// <param name="Name">The person's name.</param>
/// <param name="Role">Title or honour (e.g. "团南海区委副书记", "中国好人", "author"), or null.</param>
/// <param name="Offset">Character offset of the first mention, or -1 for bylined authors.</param>
public sealed record PersonMention(string Name, string? Role, int Offset);
