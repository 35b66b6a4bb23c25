namespace Platform.Parsing;

/// <summary>
/// The author field of a page meta line: 作者:吴建国 郑海波 郑文华 in "…编辑:陈晓雯 作者:吴建国 郑海波 郑文华", or a
/// "记者 王小明" or "通讯员:李四" block set apart by wide spaces, a bracketed 【作者:李明】 field, or names printed before the first label (黄伟 来源:某某网);
/// also a 供稿 field (`ContributingUnit`: 供稿:某街道 李四, 供稿:某某乡). Editors (编辑, 责编, 审核) are never authors; an empty 作者: is no byline.
/// </summary>
internal static class MetaAuthors
{
    // A 供稿 field: 供稿:某街道 某某 is kept without its label, so it reads as the unit and the person (the unit the
    // organization, the person the author), and so is 供稿:某某 (the writer); a unit alone keeps its label, so the story
    // takes it as its organization, not as names.
    private static bool ContributorField(ReadOnlySpan<char> line, out int start, out int length)
    {
        start = length = 0;
        if (!ContributingUnit.TryRead(line, out var valueStart, out var valueLength)) return false;
        var value = line.Slice(valueStart, valueLength);
        if (ContributingUnit.IsUnit(value)) (start, length) = (0, valueStart + valueLength);
        else if (BylineParser.IsBareUnitAndPerson(value) || HasNames(line, valueStart, valueStart + valueLength, out _)) (start, length) = (valueStart, valueLength);
        else return false;
        return true;
    }

    /// <summary>Finds the author field; <paramref name="start"/>/<paramref name="length"/> cover it (label included).</summary>
    public static bool TryFind(ReadOnlySpan<char> line, out int start, out int length)
    {
        start = length = 0;
        if (ContributorField(line, out start, out length)) return true;
        foreach (var authorLabel in AuthorLabels)
        {
            var at = line.IndexOf(authorLabel, StringComparison.Ordinal);
            if (at < 0) continue;
            var label = PageChrome.MetaLabelAt(line, at, out var valueStart);
            if (label == at && HasNames(line, valueStart, FieldEnd(line, valueStart), out var end))
            {
                (start, length) = (at, end - at);
                return true;
            }
        }
        // "黄伟 来源:某某网": the writer's name printed before the meta fields, also after the site's address and the
        // time stamp (http://某网 2018-09-04 10:40:11 黄伟 林文 来源:某网).
        var first = PageChrome.MetaLabelAt(line, 0, out _);
        if (first > 1 && ChineseText.IsSpace(line[first - 1]))
        {
            var lead = StampedPrefixLength(line[..first]);
            while (ChineseText.IsSpace(line[lead])) lead++;
            if (lead < first && PersonNames.IsNameLine(ChineseText.Trim(line[lead..first])))
            {
                (start, length) = (lead, ChineseText.Trim(line[lead..first]).Length);
                return true;
            }
        }
        // "来源:某某新闻网    记者 王小明", "来源:某某社区   通讯员:李四": a role block after a wide gap.
        foreach (var role in Roles)
        {
            for (var i = line.IndexOf(role, StringComparison.Ordinal); i >= 0; i = Next(line, i, role))
            {
                if (i > 0 && !(i >= 2 && ChineseText.IsSpace(line[i - 1]) && ChineseText.IsSpace(line[i - 2]))) continue;
                var value = i + role.Length;
                if (value < line.Length && line[value] is ':' or '：') value++;
                if (HasNames(line, i, FieldEnd(line, value), out var end))
                {
                    (start, length) = (i, end - i);
                    return true;
                }
            }
        }
        return false;
    }

    private static readonly string[] Roles = ["记者", "通讯员"];

    // 作者:某某, and the drafter of a school's or office's news item (【撰稿:某某 责编:某某】).
    private static readonly string[] AuthorLabels = ["作者", "撰稿", "撰文"];

    // The site's address and the time stamp opening a meta line (http://某网 2018-09-04 10:40:11): how far they run.
    private static int StampedPrefixLength(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (true)
        {
            var from = i;
            while (from < line.Length && ChineseText.IsSpace(line[from])) from++;
            var to = from;
            while (to < line.Length && !ChineseText.IsSpace(line[to])) to++;
            if (to == from || !IsAddressOrStamp(line[from..to])) return i;
            i = to;
        }
    }

    private static bool IsAddressOrStamp(ReadOnlySpan<char> token)
    {
        if (token.Contains("://", StringComparison.Ordinal) || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) return true;
        foreach (var c in token)
            if (!char.IsAsciiDigit(c) && c is not ('-' or '/' or ':' or '.')) return false;
        return true;
    }

    private static int Next(ReadOnlySpan<char> line, int i, string role)
    {
        var rest = line[(i + role.Length)..].IndexOf(role, StringComparison.Ordinal);
        return rest < 0 ? -1 : i + role.Length + rest;
    }

    // A field ends at the next label, a wide gap or a bar.
    internal static int FieldEnd(ReadOnlySpan<char> line, int from)
    {
        var next = PageChrome.MetaLabelAt(line, from, out _);
        var end = next < 0 ? line.Length : next;
        for (var i = from; i < end; i++)
        {
            // 【作者:李明】【来源:某某网】: a bracketed field closes at its bracket.
            // 作者:李明【原创】: a bracketed tag glued after the value starts a field of its own.
            if (line[i] is '|' or '｜' or '】' or ']' || (line[i] is '【' && i > from)) return i;
            if (i + 1 < end && ChineseText.IsSpace(line[i]) && ChineseText.IsSpace(line[i + 1]) && i > from) return i;
        }
        return end;
    }

    private static bool HasNames(ReadOnlySpan<char> line, int from, int to, out int end)
    {
        end = to;
        while (end > from && ChineseText.IsSpace(line[end - 1])) end--;
        if (end <= from) return false;
        foreach (var r in PersonNames.Find(line[from..end]))
            if (PersonNames.IsPlausible(PersonNames.Compact(line[from..end], r))) return true;
        return false;
    }
}
