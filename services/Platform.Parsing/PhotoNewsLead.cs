using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// Photo news printed as a lead over its picture: one untitled, unsigned paragraph right above a credited photo whose
/// caption opens with 图为 ("the picture shows", pointing back to the text above) is that photo's lead, not an
/// article of its own.
/// </summary>
internal static class PhotoNewsLead
{
    public static void Fold(List<DraftItem> items)
    {
        for (var i = 0; i + 1 < items.Count; i++)
        {
            var (lead, photo) = (items[i], items[i + 1]);
            if (!IsLoneParagraph(lead) || !IsPointingBack(photo)) continue;
            photo.PrependParagraphs(lead.Paragraphs);
            items.RemoveAt(i);
        }
    }

    private static bool IsLoneParagraph(DraftItem d) =>
        d.Kind == ArticleKind.Article && d.Title is null && d.Kicker is null && !d.HasByline && d.Headings.Count == 0 && d.Paragraphs.Count == 1;

    private static bool IsPointingBack(DraftItem d) =>
        d.Kind == ArticleKind.Photo && d.Title is null && d.HasByline && d.Paragraphs.Count > 0 &&
        SimplifiedChinese.Convert(d.Paragraphs[0]).StartsWith("图为", StringComparison.Ordinal);
}
