using System.Text.RegularExpressions;
using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>
/// The footer of a briefing: 责编, 核稿, 电话, 传真, 邮箱 and the 报/送/发 distribution lists, with the colophon lines an
/// internal bulletin prints among them (准印号, 共印N份).
/// </summary>
internal static partial class FooterParser
{
    [GeneratedRegex(@"(?:^|(?<=\s))(?<label>责任编辑|责编|编辑|核稿|审核|审稿|签发|联系电话|电话|传真|电子邮箱|邮箱|E-?mail|Email|抄报|抄送|报送|报|送|发)\s*[:：]", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    /// <summary>Index of the first footer line at the end of the text, or lines.Count when there is no footer.</summary>
    public static int FindStart(string text, IReadOnlyList<PageLine> lines, int from)
    {
        var start = lines.Count;
        for (var i = lines.Count - 1; i >= from; i--)
        {
            var line = lines[i].Span(text);
            if (ChineseText.VisibleLength(line) > 200) break;
            if (IsColophon(line))
            {
                start = i;
                continue;
            }
            var m = Label().Match(line.ToString());
            if (!m.Success || m.Index != 0) break;
            start = i;
        }
        // One labelled line alone (a stray 发: in a story) is not a footer.
        return lines.Count - start >= 2 ? start : lines.Count;
    }

    // An internal bulletin's colophon among the footer lines: 准 印 号:…, 出版许可证…, (共印800份), 投稿邮箱:….
    [GeneratedRegex(@"^(?:准印[号证]|内部资料|出版许可证|[(（]?共印\d+份[)）]?$|投稿\S{0,6}(?:邮箱|信箱|电话))")]
    private static partial Regex Colophon();

    private static bool IsColophon(ReadOnlySpan<char> line)
    {
        Span<char> compact = stackalloc char[Math.Min(line.Length, 80)];
        var n = 0;
        foreach (var c in line)
        {
            if (n == compact.Length) break;
            if (!ChineseText.IsSpace(c)) compact[n++] = c;
        }
        return Colophon().IsMatch(compact[..n]);
    }

    public static Footer Parse(IEnumerable<string> footerLines)
    {
        string? editor = null, reviewer = null, phone = null, fax = null, email = null;
        List<string> report = [], send = [], distribute = [];
        foreach (var line in footerLines)
        {
            var matches = Label().Matches(line);
            for (var k = 0; k < matches.Count; k++)
            {
                var m = matches[k];
                var end = k + 1 < matches.Count ? matches[k + 1].Index : line.Length;
                var value = line[(m.Index + m.Length)..end].Trim();
                switch (m.Groups["label"].Value.ToLowerInvariant())
                {
                    case "责任编辑" or "责编" or "编辑": editor ??= value; break;
                    case "核稿" or "审核" or "审稿" or "签发": reviewer ??= value; break;
                    case "联系电话" or "电话": phone ??= value; break;
                    case "传真": fax ??= value; break;
                    case "电子邮箱" or "邮箱" or "email" or "e-mail": email ??= value; break;
                    case "报" or "抄报" or "报送": report.AddRange(Recipients(value)); break;
                    case "送" or "抄送": send.AddRange(Recipients(value)); break;
                    case "发": distribute.AddRange(Recipients(value)); break;
                }
            }
        }
        return new Footer(editor, reviewer, phone, fax, email, report, send, distribute);
    }

    private static IEnumerable<string> Recipients(string value) =>
        value.Split(['，', ',', '、'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(r => r.TrimEnd('。', '.', ' '))
            .Where(r => r.Length > 0);
}
