using Platform.Text;
using Platform.Contracts.Documents;

namespace Platform.Enrichment.Regions;

/// <summary>
/// A site's footer names who runs it (主办单位:中共某市委组织部, 承办:某区融媒体中心): the places it names are where the site's
/// news mostly is, context for names several units share (郑集镇), though not the place of an article that names none.
/// </summary>
internal static class SiteHost
{
    private static readonly string[] HostWords = ["主办", "承办"];

    /// <summary>The discarded lines of <paramref name="bulletin"/> that name the site's host, simplified.</summary>
    public static IEnumerable<string> Lines(Bulletin bulletin)
    {
        foreach (var discarded in bulletin.Discarded)
        {
            var text = SimplifiedChinese.Convert(discarded.Text);
            foreach (var word in HostWords)
            {
                if (!text.Contains(word, StringComparison.Ordinal)) continue;
                yield return text;
                break;
            }
        }
    }
}
