namespace Platform.Evaluation;

/// <summary>The gold's <c>accept</c>: other forms that count as correct.</summary>
/// <param name="Titles">Other full titles (kicker + title), e.g. the simplified form of a traditional title.</param>
/// <param name="AuthorSets">Other author lists, each compared as a set.</param>
/// <param name="Regions">Other region codes (historic codes, the parent unit).</param>
/// <param name="Kinds">Other kinds a prediction may have.</param>
public sealed record GoldAlternatives(
    IReadOnlyList<string> Titles,
    IReadOnlyList<IReadOnlyList<string>> AuthorSets,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Kinds)
{
    public static GoldAlternatives None { get; } = new([], [], [], []);
}
