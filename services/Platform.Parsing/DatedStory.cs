using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>
/// An untitled story that opens with its dateline lead and names who reported it (某某讯(记者 某某)…): what a summary over
/// a picture (<see cref="SummaryOverPicture"/>) or one opening line (<see cref="OpeningLineOverDatedStory"/>) belongs to.
/// </summary>
internal static class DatedStory
{
    public static bool Is(DraftItem item) => item.Title is null && IsSigned(item);

    /// <summary>The same story under a one-line title of its own, with no kicker or subtitle.</summary>
    public static bool IsTitledOnce(DraftItem item) => item.Title is not null && item.Subtitle is null && IsSigned(item);

    private static bool IsSigned(DraftItem item) =>
        item.Kind == ArticleKind.Article && item.Kicker is null && item.BylineKind == BylineKind.Newsflash &&
        (item.Authors.Count > 0 || item.Organization is not null) && item.Paragraphs.Count > 0;
}
