using Platform.Text;

namespace Platform.Parsing;

/// <summary>Classifies a single line by its shape; the segmenter then decides from the neighbours.</summary>
internal static class LineClassifier
{
    /// <summary>Longest line still taken for a one-line title or heading on a typeset page.</summary>
    public const int MaxShortLength = 45;

    /// <summary>Longest headline on a web page, where every line is an element and titles are not wrapped.</summary>
    public const int MaxWebTitleLength = 60;

    /// <summary>Longest line a layout hint keeps from being read as body text: a headline with a comma or two, not a paragraph.</summary>
    public const int MaxHintedHeadlineLength = 80;

    private const string HeadingMarkers = "◎●■▲◆★□○▶►◇△☆";
    private const int MaxBracketedColumn = 10;

    /// <param name="line">The line in simplified characters.</param>
    /// <param name="marks">What page furniture around it says.</param>
    /// <param name="web">The page is a web page: a headline may carry a comma and run longer.</param>
    public static LineKind Classify(ReadOnlySpan<char> line, LineMarks marks, bool web)
    {
        if ((marks & LineMarks.Meta) != 0) return LineKind.Meta;
        var length = ChineseText.VisibleLength(line);
        if (line.Length >= 3 && line[0] == '【' && line[^1] == '】' && line[1..^1].IndexOfAny('【', '】') < 0 && length <= 40)
            return LineKind.Section;
        // 〔简讯〕: a column's name in tortoise-shell brackets, printed like a section header.
        if (line.Length is >= 3 and <= MaxBracketedColumn && line[0] == '〔' && line[^1] == '〕' && HanCharacters.AreAllHan(line[1..^1]))
            return LineKind.Section;
        if (IsChapterHeading(line, length)) return LineKind.Section;
        if (BylineParser.NewsflashLength(line) > 0) return LineKind.Newsflash;
        if (BylineParser.IsOrganizationLine(line)) return LineKind.Organization;
        if (ChineseText.IsDash(line[0]) && length <= 60 && !ChineseText.HasClauseMark(line) && line.Length >= 2 && ChineseText.IsDash(line[1]))
            return LineKind.Dash;
        if (PhotoCredit.IsCreditLine(line)) return LineKind.PhotoCredit;
        if (CaptionNumber.Length(line) > 0 && length >= 8) return LineKind.Caption;
        if (HeadingMarkers.Contains(line[0]) && length <= MaxShortLength && !ChineseText.HasClauseMark(line[1..]))
            return PersonNames.IsNameLine(line) ? LineKind.Names : LineKind.MarkedHeading;
        if (IsLeadIn(line, length)) return LineKind.LeadIn;
        if (BylineParser.IsPersonsLine(line)) return LineKind.Names;
        // 文明的星火,何以燎原?: a question right above the meta line of a web page is its headline.
        if (web && (marks & LineMarks.BeforeMeta) != 0 && length <= 40 && line[^1] is '？' or '?' or '！' or '!' && line.IndexOf('。') < 0)
            return LineKind.Short;
        if (ChineseText.EndsSentence(line)) return LineKind.Paragraph;
        // 图为志愿者集体合影: a caption describing a picture, never a headline.
        if (length >= 6 && line.StartsWith("图为", StringComparison.Ordinal)) return LineKind.Paragraph;
        // 志愿者在路口值守。 某某 摄: a sentence closed by its photo credit is a caption, never a headline.
        // 保洁员领取绿豆汤 某某日报 张三 摄: an unpunctuated caption and its credit after a space, no headline either.
        if (PhotoCredit.TrailingStart(line) is var credit and > 0 &&
            (ChineseText.EndsSentence(ChineseText.Trim(line[..credit])) || PhotoCredit.SpacedTrailingStart(line) == credit)) return LineKind.Paragraph;
        // 志愿者为游客指引路线(某景区供图): a picture a unit supplied, captioned, never a headline.
        if (BylineParser.TrailingPictureSupplierStart(line) > 0) return LineKind.Paragraph;
        // …陪同察访。(张开明): a sentence closed by its byline is body text, however short.
        if (BylineParser.TrailingPersonsStart(line) > 0 || BylineParser.TrailingOrganizationStart(line) > 0) return LineKind.Paragraph;
        if ((marks & LineMarks.Headline) != 0 && length <= MaxHintedHeadlineLength) return LineKind.Short;
        if (web ? !IsWebHeadline(line, length) : ChineseText.HasClauseMark(line) || length > MaxShortLength) return LineKind.Paragraph;
        if (!web && HasListComma(line) && length > 20) return LineKind.Paragraph;
        if (IsCutLine(line, length, web)) return LineKind.Paragraph;
        if (PersonNames.IsNameLine(line)) return LineKind.Names;
        return LineKind.Short;
    }

    // 第三节 诚实守信, 第三章 …: a chapter or section heading of a gazetteer or report.
    private static bool IsChapterHeading(ReadOnlySpan<char> line, int length)
    {
        if (length > 24 || line.Length < 4 || line[0] != '第' || ChineseText.HasClauseMark(line)) return false;
        var i = 1;
        while (i < line.Length && i < 5 && ("一二三四五六七八九十百零".Contains(line[i]) || char.IsAsciiDigit(line[i]))) i++;
        return i > 1 && i < line.Length && line[i] is '章' or '节' or '篇' && (i + 1 == line.Length || ChineseText.IsSpace(line[i + 1]));
    }

    // A headline on a web page: no sentence end (checked before), at most two commas, not too long.
    private static bool IsWebHeadline(ReadOnlySpan<char> line, int length)
    {
        if (length > MaxWebTitleLength) return false;
        // …发布仪式现场。图片来源:某某网: a sentence closed by its picture source is a caption, not a headline.
        var stop = line.IndexOf('。');
        if (stop >= 0 && IsPictureSource(line[(stop + 1)..])) return false;
        var commas = 0;
        foreach (var c in line)
            if (c is '，' or ',' or '；' or ';') commas++;
        return commas <= (length > 30 ? 1 : 2);
    }

    private static bool IsPictureSource(ReadOnlySpan<char> rest)
    {
        rest = ChineseText.Trim(rest);
        return rest.StartsWith("图片来源", StringComparison.Ordinal) || rest.StartsWith("图源", StringComparison.Ordinal) ||
               rest.StartsWith("来源", StringComparison.Ordinal);
    }

    // 、 between words is body text cut by a column break; between quoted names (“…”、“…”) it lists titles.
    public static bool HasListComma(ReadOnlySpan<char> line)
    {
        for (var i = line.IndexOf('、'); i >= 0; i = Next(line, i))
        {
            var quoted = i > 0 && line[i - 1] is '”' or '》' && i + 1 < line.Length && line[i + 1] is '“' or '《';
            if (!quoted) return true;
        }
        return false;
    }

    private static int Next(ReadOnlySpan<char> line, int i)
    {
        var next = line[(i + 1)..].IndexOf('、');
        return next < 0 ? -1 : i + 1 + next;
    }

    // 某村妇联主席王秀兰——: a speaker introduced at the head of the block below.
    private static bool IsLeadIn(ReadOnlySpan<char> line, int length) =>
        length is >= 4 and <= 40 && line.Length >= 3 && ChineseText.IsDash(line[^1]) && ChineseText.IsDash(line[^2]) && !ChineseText.EndsSentence(line[..^2]);

    // A column break leaves body lines that end on a particle or inside quotes; titles are not cut like that.
    // Web pages do not wrap lines, so only unbalanced brackets tell a cut there.
    private static bool IsCutLine(ReadOnlySpan<char> line, int length, bool web) =>
        (!web && length >= 16 && ChineseText.EndsWithConnective(line)) ||
        (length >= 8 && ChineseText.HasUnbalancedBrackets(line));
}
