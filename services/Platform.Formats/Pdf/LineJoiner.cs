using System.Text;
using Platform.Text;

namespace Platform.Formats.Pdf;

/// <summary>
/// Joins a line that wrapped at the edge of its column to the next one: Chinese text joins directly, Latin words
/// with a space, and a word hyphenated across the line end ("environ-" + "ment") loses its hyphen.
/// </summary>
internal static class LineJoiner
{
    public static void Append(StringBuilder paragraph, string next)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        ArgumentNullException.ThrowIfNull(next);
        if (next.Length == 0) return;
        if (paragraph.Length == 0)
        {
            paragraph.Append(next);
            return;
        }
        var last = paragraph[^1];
        if (last == '\u00AD')
        {
            paragraph.Length--;
            paragraph.Append(next);
            return;
        }
        if (last == '-' && paragraph.Length >= 2 && char.IsAsciiLetter(paragraph[^2]) && char.IsAsciiLetterLower(next[0]))
        {
            paragraph.Length--;
            paragraph.Append(next);
            return;
        }
        if (IsWordCharacter(last) && IsWordCharacter(next[0]) || last is ',' or '.' or ';' or ':' or '!' or '?' && char.IsAsciiLetter(next[0]))
        {
            paragraph.Append(' ');
        }
        paragraph.Append(next);
    }

    private static bool IsWordCharacter(char c) => char.IsAsciiLetterOrDigit(c) || char.IsLetter(c) && !HanCharacters.IsHan(c) && c < '\u2E80';
}
