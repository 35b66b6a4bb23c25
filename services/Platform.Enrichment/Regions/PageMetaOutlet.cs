using Platform.Text;
using Platform.Contracts.Documents;

namespace Platform.Enrichment.Regions;

/// <summary>
/// A page's meta line names the outlet that printed the story (某区报2018-05-18 10:20, 来源:某县文明网), and so does the property
/// comment an e-paper system leaves under each story (2025-03-05 5 5 某区日报 content_1.html 1 标题 /enpproperty-->), which the
/// parser sets aside as markup: a local outlet reports its own place, the place of an article that names none, and context for
/// names several units share.
/// </summary>
internal static class PageMetaOutlet
{
    /// <summary>The meta lines of <paramref name="bulletin"/>, simplified.</summary>
    public static IEnumerable<string> Lines(Bulletin bulletin)
    {
        foreach (var discarded in bulletin.Discarded)
            if (discarded.Text.Length > 0 && (discarded.Reason == DiscardReasons.PageMeta || EpaperProperty(discarded)))
                yield return SimplifiedChinese.Convert(discarded.Text);
    }

    private static bool EpaperProperty(DiscardedText discarded) =>
        discarded.Reason == DiscardReasons.Markup && discarded.Text.Contains(EpaperPropertyMark, StringComparison.OrdinalIgnoreCase);

    private const string EpaperPropertyMark = "enpproperty";
}
