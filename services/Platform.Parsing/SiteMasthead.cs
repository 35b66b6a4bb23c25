using System.Globalization;
using System.Text.RegularExpressions;
using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// The masthead of a web or e-paper page, read from its furniture: the outlet a 来源: line names (publication),
/// the body that runs the site (版权所有:, 主办单位:, "… 主办", "…报业集团出版") and the page date. Enrichment reads
/// the masthead as the page's home region, which places towns the gazetteer does not list (卢市镇 on a 天门 site).
/// </summary>
internal static partial class SiteMasthead
{
    private static readonly string[] OwnerLabels = ["版权所有", "主办单位", "主办", "承办单位", "主管单位"];
    private const int MaxValue = 40;

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*(?:年|-|/|\.)\s*(?<m>\d{1,2})\s*(?:月|-|/|\.)\s*(?<d>\d{1,2})")]
    private static partial Regex DatePattern();

    /// <summary>The masthead the page furniture gives, or null when it names neither an outlet, an owner nor a date.</summary>
    public static Masthead? From(IEnumerable<DiscardedText> furniture)
    {
        string? publication = null, publisher = null;
        DateOnly? date = null;
        foreach (var d in furniture)
        {
            if (d.Reason is not (DiscardReasons.PageMeta or DiscardReasons.DateLine or DiscardReasons.Copyright)) continue;
            var printed = d.Text;
            var simple = SimplifiedChinese.Convert(printed);
            // A reprint disclaimer (凡本网注明"来源:XXX"的作品…。) quotes labels without naming this page's outlet.
            if (simple.Contains('。')) continue;
            publication ??= LabelValue(printed, simple, "来源");
            foreach (var label in OwnerLabels)
                publisher ??= LabelValue(printed, simple, label);
            if (d.Reason == DiscardReasons.Copyright) publisher ??= SiteOwner(printed, simple);
            date ??= PageDate(simple);
        }
        return publication is null && publisher is null && date is null ? null : new Masthead(publication, null, null, publisher, date);
    }

    // 来源:天门日报, 版权所有:天门市人民政府: the value up to the next label, a wide gap or a bar.
    private static string? LabelValue(string printed, string simple, string label)
    {
        var at = simple.IndexOf(label, StringComparison.Ordinal);
        if (at < 0) return null;
        var i = at + label.Length;
        while (i < simple.Length && simple[i] == ' ') i++;
        if (i >= simple.Length || simple[i] is not (':' or '：')) return null;
        i++;
        while (i < simple.Length && ChineseText.IsSpace(simple[i])) i++;
        var end = i;
        while (end < simple.Length && end - i < MaxValue && simple[end] is not ('|' or '｜'))
        {
            // A value ends at a wide gap, before a date or time, or at the next label.
            if (simple[end] == ' ' && end + 1 < simple.Length && (simple[end + 1] == ' ' || char.IsAsciiDigit(simple[end + 1]))) break;
            if (PageChrome.MetaLabelAt(simple, end, out _) == end || StartsOwnerLabel(simple, end)) break;
            end++;
        }
        var value = printed[i..end].Trim();
        return CountHan(value) >= 2 ? value : null;
    }

    private static bool StartsOwnerLabel(string simple, int at)
    {
        foreach (var label in OwnerLabels)
            if (simple.AsSpan(at).StartsWith(label, StringComparison.Ordinal) && at + label.Length < simple.Length && simple[at + label.Length] is ':' or '：')
                return true;
        return false;
    }

    // 某县精神文明建设指导委员会   某县文明办  主办; 某日报报业集团出版
    private static string? SiteOwner(string printed, string simple)
    {
        var s = simple.TrimEnd();
        foreach (var verb in (ReadOnlySpan<string>)["主办", "出版"])
        {
            if (!s.EndsWith(verb, StringComparison.Ordinal) || s.Length <= verb.Length + 2) continue;
            var start = s.LastIndexOf(':') + 1;
            var value = printed[start..(s.Length - verb.Length)].Trim();
            return CountHan(value) >= 2 ? value : null;
        }
        return null;
    }

    private static DateOnly? PageDate(string simple)
    {
        var m = DatePattern().Match(simple);
        if (!m.Success) return null;
        var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
    }

    private static int CountHan(string s)
    {
        var n = 0;
        foreach (var c in s) if (HanCharacters.IsHan(c)) n++;
        return n;
    }
}
