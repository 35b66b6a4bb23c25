using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Parsing;

/// <summary>A piece taken out of the normalized text: its offset there, its length and why.</summary>
internal readonly record struct TextCut(int Start, int Length, string Reason);

/// <summary>The page text with converter pinyin and anti-copy junk taken out, and what was taken out.</summary>
/// <param name="Text">The cleaned text every later stage reads (line offsets are into it).</param>
/// <param name="Cuts">The removed pieces in order, with offsets into the normalized text (to map spans back).</param>
/// <param name="Removed">The removed pieces as discarded text.</param>
/// <param name="PinyinArtifacts">How many converter pinyin annotations were removed.</param>
internal sealed record CleanedText(string Text, IReadOnlyList<TextCut> Cuts, IReadOnlyList<DiscardedText> Removed, int PinyinArtifacts);

/// <summary>
/// Takes out of the normalized text what no reader of the page sees as text: pinyin annotations of broken
/// converters (服務(wù) → 服務), forum anti-copy junk, and question marks a wrong encoding left where a line's
/// ideographic indent was (????某某区…), and a table cell's border closing a paragraph's line (…。(某某) |), both as `stray`. Returns the same string when there is nothing to remove.
/// </summary>
internal static class PageTextCleaner
{
    public static CleanedText Clean(string text)
    {
        List<TextCut>? cuts = null;
        var pinyin = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            int length;
            if (c == '?' && (i == 0 || text[i - 1] == '\n') && (length = LostIndent(text, i)) > 0)
            {
                (cuts ??= []).Add(new TextCut(i, length, DiscardReasons.Stray));
                i += length - 1;
                continue;
            }
            if (c is ' ' or '\u3000' && (length = TrailingBar(text, i)) > 0)
            {
                (cuts ??= []).Add(new TextCut(i, length, DiscardReasons.Stray));
                i += length - 1;
                continue;
            }
            if (c is '(' or '?')
            {
                if ((length = ConverterPinyin.LengthAt(text, i)) > 0)
                {
                    (cuts ??= []).Add(new TextCut(i, length, DiscardReasons.ConverterPinyin));
                    pinyin++;
                    i += length - 1;
                }
                continue;
            }
            if (c is > ' ' and < '\u007F' && (i == 0 || text[i - 1] is ' ' or '\n' || text[i - 1] > '\u007F') &&
                (length = AntiCopyNoise.LengthAt(text, i)) > 0)
            {
                (cuts ??= []).Add(new TextCut(i, length, DiscardReasons.AntiCopyNoise));
                i += length - 1;
            }
        }
        if (cuts is null) return new CleanedText(text, [], [], 0);

        var removed = new List<DiscardedText>(cuts.Count);
        var kept = new char[text.Length];
        int n = 0, from = 0;
        foreach (var cut in cuts)
        {
            text.AsSpan(from, cut.Start - from).CopyTo(kept.AsSpan(n));
            n += cut.Start - from;
            removed.Add(new DiscardedText(text.Substring(cut.Start, cut.Length), cut.Reason));
            from = cut.Start + cut.Length;
        }
        text.AsSpan(from).CopyTo(kept.AsSpan(n));
        n += text.Length - from;
        return new CleanedText(new string(kept, 0, n), cuts, removed, pinyin);
    }

    private const string Closings = ")）。！!？?”";

    // …推进志愿服务常态化。(某单位 某某) |: the border of the table cell the page was copied from, after a closed
    // paragraph at the end of its line; it hides the byline that closes the paragraph.
    private static int TrailingBar(string text, int at)
    {
        if (at == 0 || !Closings.Contains(text[at - 1])) return 0;
        var end = at;
        var bars = 0;
        for (; end < text.Length && text[end] is ' ' or '\u3000' or '|' or '｜'; end++)
            if (text[end] is '|' or '｜') bars++;
        return bars > 0 && (end == text.Length || text[end] == '\n') ? end - at : 0;
    }

    private const int MinLostIndent = 2;

    // ????某某区…: the ideographic spaces that indented the line, turned into question marks by a wrong encoding. Only
    // before Han text or an opening quote, so a question mark a sentence printed is never taken.
    private static int LostIndent(string text, int at)
    {
        var end = at;
        while (end < text.Length && text[end] == '?') end++;
        return end - at >= MinLostIndent && end < text.Length && (HanCharacters.IsHan(text[end]) || text[end] is '“' or '《') ? end - at : 0;
    }
}
