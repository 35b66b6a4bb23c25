using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Enrichment.Regions;

/// <summary>
/// A government site's footer prints its site identifier (政府网站标识码:5118260001), whose first six digits are the GB/T 2260
/// code of the government that runs the site: like the host a footer names, that is where the site's news mostly is, context
/// for names several units share (双石镇), though not the place of an article that names none.
/// </summary>
internal static class GovernmentSiteCode
{
    private const string Label = "标识码";
    private const int CodeLength = 6;
    private const int IdentifierLength = 10;

    /// <summary>The six-digit codes the discarded lines of <paramref name="bulletin"/> give as site identifiers.</summary>
    public static IEnumerable<string> Codes(Bulletin bulletin)
    {
        foreach (var discarded in bulletin.Discarded)
        {
            var text = SimplifiedChinese.Convert(discarded.Text);
            var at = text.IndexOf(Label, StringComparison.Ordinal);
            if (at < 0) continue;
            var i = at + Label.Length;
            while (i < text.Length && (text[i] is ':' or ':' or ' ' or '\u3000')) i++;
            var digits = i;
            while (digits < text.Length && char.IsAsciiDigit(text[digits])) digits++;
            if (digits - i == IdentifierLength) yield return text.Substring(i, CodeLength);
        }
    }
}
