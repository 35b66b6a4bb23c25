using System.Globalization;
using System.Text.RegularExpressions;
using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// The masthead of a briefing at the top of the text: publication, 第 N 期, (总第 N 期), publisher, date.
/// Only recognised when an issue number is printed, so newspaper pages are not mistaken for briefings.
/// </summary>
internal static partial class MastheadParser
{
    private const int MaxLines = 9;

    [GeneratedRegex(@"^第\s*(?<n>[0-9]+|[〇零一二三四五六七八九十百]+)\s*期$")]
    private static partial Regex IssueLine();

    [GeneratedRegex(@"^[(（]?\s*总\s*第\s*(?<n>[0-9]+)\s*期\s*[)）]?$")]
    private static partial Regex TotalLine();

    [GeneratedRegex(@"^(?:(?<y0>\d{4})\s*年\s*)?第\s*(?<n>[0-9]+)\s*期\s*[(（]?\s*总\s*第\s*(?<t>[0-9]+)\s*期\s*[)）]?$")]
    private static partial Regex IssueAndTotalLine();

    // 某某精神文明建设2025年第9期(总第1426期), [2010年第15期]《某某动态》: the publication and its issue on one line.
    [GeneratedRegex(@"^(?<p>[^\d\s\[［〔(（]{2,20}?)\s*(?:\d{4}\s*年\s*)?第\s*(?<n>[0-9]+)\s*期\s*(?:[(（]\s*[总總]\s*第\s*(?<t>[0-9]+)\s*期\s*[)）])?$")]
    private static partial Regex PublicationIssueLine();

    [GeneratedRegex(@"^[\[［〔]\s*(?:\d{4}\s*年\s*)?第\s*(?<n>[0-9]+)\s*期\s*[\]］〕]\s*《(?<p>[^》]{2,20})》$")]
    private static partial Regex IssueBeforePublicationLine();

    // Official documents print the date in Chinese numerals as often as in digits: 二〇二〇年四月二十九日.
    [GeneratedRegex(@"(?<y>(?:19|20)\d{2}|[一二][〇零○九][〇零○一二三四五六七八九]{2})\s*年\s*(?<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日")]
    private static partial Regex DatePattern();

    /// <summary>Parses the masthead; <paramref name="consumed"/> is the number of leading lines it used.</summary>
    public static Masthead? Parse(string text, IReadOnlyList<PageLine> lines, out int consumed)
    {
        consumed = 0;
        int? issue = null, total = null;
        DateOnly? date = null;
        var first = -1;
        var last = -1;
        var publisher = new List<string>();
        string? inlinePublication = null;
        var limit = Math.Min(lines.Count, MaxLines);
        for (var i = 0; i < limit; i++)
        {
            var line = lines[i].Text(text);
            if (line.StartsWith('【')) break;
            Match m;
            if ((m = IssueAndTotalLine().Match(line)).Success)
            {
                issue ??= ParseNumber(m.Groups["n"].Value);
                total ??= ParseNumber(m.Groups["t"].Value);
            }
            else if ((m = IssueLine().Match(line)).Success) issue ??= ParseNumber(m.Groups["n"].Value);
            else if ((m = TotalLine().Match(line)).Success) total ??= ParseNumber(m.Groups["n"].Value);
            else if (first < 0 && ((m = PublicationIssueLine().Match(line)).Success || (m = IssueBeforePublicationLine().Match(line)).Success))
            {
                inlinePublication = m.Groups["p"].Value.Trim();
                issue = ParseNumber(m.Groups["n"].Value);
                if (m.Groups["t"].Success) total = ParseNumber(m.Groups["t"].Value);
            }
            else if ((m = DatePattern().Match(line)).Success && ChineseText.VisibleLength(line) <= 30)
            {
                date ??= ParseDate(m);
                var before = line[..m.Index].Trim();
                if (before.Length > 0 && first >= 0) publisher.Add(before);
            }
            else
            {
                if (first >= 0)
                {
                    // Publisher lines sit between the issue number and the date; anything else ends the masthead.
                    if (date is null && IsShortLine(line)) { publisher.Add(line); continue; }
                    break;
                }
                continue;
            }
            if (first < 0) first = i;
            last = i;
        }
        if (first < 0 || (issue is null && total is null)) return null;
        var publicationLines = new List<string>();
        for (var i = Math.Max(0, first - 2); i < first; i++)
        {
            var line = lines[i].Text(text);
            if (IsShortLine(line)) publicationLines.Add(line);
        }
        if (publicationLines.Count != first - Math.Max(0, first - 2)) publicationLines.Clear();
        consumed = last + 1;
        if (first > 2) return null;
        var publication = inlinePublication ?? (publicationLines.Count > 0 ? TitleBlockParser.Join(publicationLines) : null);
        return new Masthead(publication, issue, total, publisher.Count > 0 ? string.Join(" ", publisher) : null, date);
    }

    private static bool IsShortLine(string line) =>
        ChineseText.VisibleLength(line) <= 30 && !ChineseText.HasClauseMark(line) && !ChineseText.EndsSentence(line);

    private static DateOnly? ParseDate(Match m)
    {
        if (ParseNumber(m.Groups["y"].Value) is not { } y || ParseNumber(m.Groups["m"].Value) is not { } mo || ParseNumber(m.Groups["d"].Value) is not { } d) return null;
        return y is >= 1900 and <= 2099 && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
    }

    private static int? ParseNumber(string s)
    {
        if (s.Length == 0) return null;
        if (char.IsAsciiDigit(s[0])) return s.Length <= 9 ? int.Parse(s, CultureInfo.InvariantCulture) : null;
        return ChineseNumerals.Parse(s) is { } value && value == Math.Floor(value) && value is >= 0 and <= int.MaxValue ? (int)value : null;
    }
}
