using Platform.Text;
using Platform.Contracts.Documents;

namespace Platform.Enrichment.Regions;

/// <summary>
/// A page's meta line names the outlet that printed the story (某区报2018-05-18 10:20, 来源:某县文明网): a local outlet reports
/// its own place, the place of an article that names none, and context for names several units share.
/// </summary>
internal static class PageMetaOutlet
{
    /// <summary>The meta lines of <paramref name="bulletin"/>, simplified.</summary>
    public static IEnumerable<string> Lines(Bulletin bulletin)
    {
        foreach (var discarded in bulletin.Discarded)
            if (discarded.Reason == DiscardReasons.PageMeta && discarded.Text.Length > 0) yield return SimplifiedChinese.Convert(discarded.Text);
    }
}
