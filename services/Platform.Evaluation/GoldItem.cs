namespace Platform.Evaluation;

/// <summary>One labelled page item: what a correct parse produces for it.</summary>
/// <param name="Kind">article, photo, quote or ad (anything else is kept and counts as a gold item that cannot be matched).</param>
/// <param name="Kicker">Line above the title, or null.</param>
/// <param name="Title">Title as printed, or null/empty for untitled items (photos), which match by author or region.</param>
/// <param name="Subtitle">Subtitle without dashes, or null.</param>
/// <param name="Authors">Persons of the byline; null when unknown (the key is absent), empty when there is no person byline (checked too).</param>
/// <param name="Organization">Organizational byline; checked only where non-empty.</param>
/// <param name="Region">6-digit GB/T 2260 code of the most specific unit the item is about; checked only where non-empty.</param>
/// <param name="Accept">Other accepted values.</param>
public sealed record GoldItem(
    string Kind,
    string? Kicker,
    string? Title,
    string? Subtitle,
    IReadOnlyList<string>? Authors,
    string? Organization,
    string? Region,
    GoldAlternatives Accept)
{
    public bool HasTitle => !string.IsNullOrEmpty(Title);

    /// <summary>How misses name the item: its title, else its kind and 1-based position.</summary>
    public string Label(int index) => HasTitle ? Title! : $"{Kind}#{index + 1}";
}
