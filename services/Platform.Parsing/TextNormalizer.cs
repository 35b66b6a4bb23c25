using System.Text;

namespace Platform.Parsing;

/// <summary>
/// Canonical text form used for hashing and parsing: no BOM, LF line ends, tabs as spaces, no trailing
/// spaces, no leading or trailing blank lines, NFC. Punctuation width is kept as printed (the parser
/// compares normalized forms itself). Deterministic and idempotent.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = NeedsRewrite(text) ? Rewrite(text) : text;
        // Lone surrogates would make Unicode normalization throw; they are replaced in Rewrite.
        return clean.IsNormalized(NormalizationForm.FormC) ? clean : clean.Normalize(NormalizationForm.FormC);
    }

    // Fast path: most input is already canonical, so avoid copying it.
    private static bool NeedsRewrite(string s)
    {
        if (s.Length == 0) return false;
        if (s[0] == '\n' || s[^1] == '\n') return true;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '\r' or '\t' or '\uFEFF':
                    return true;
                case ' ' or '\u3000':
                    if (i + 1 == s.Length || s[i + 1] == '\n') return true;
                    break;
                default:
                    if (char.IsHighSurrogate(c))
                    {
                        if (i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
                        else return true;
                    }
                    else if (char.IsLowSurrogate(c)) return true;
                    break;
            }
        }
        return false;
    }

    private static string Rewrite(string s)
    {
        var sb = new StringBuilder(s.Length);
        var lineStart = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '\uFEFF':
                    continue;
                case '\r':
                    if (i + 1 < s.Length && s[i + 1] == '\n') continue;
                    c = '\n';
                    break;
                case '\t':
                    c = ' ';
                    break;
                default:
                    if (char.IsHighSurrogate(c))
                    {
                        if (i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                        {
                            sb.Append(c).Append(s[i + 1]);
                            i++;
                            continue;
                        }
                        c = '\uFFFD';
                    }
                    else if (char.IsLowSurrogate(c))
                    {
                        c = '\uFFFD';
                    }
                    break;
            }
            if (c == '\n')
            {
                TrimTrailingSpaces(sb, lineStart);
                sb.Append('\n');
                lineStart = sb.Length;
            }
            else
            {
                sb.Append(c);
            }
        }
        TrimTrailingSpaces(sb, lineStart);
        var start = 0;
        while (start < sb.Length && sb[start] == '\n') start++;
        var end = sb.Length;
        while (end > start && sb[end - 1] == '\n') end--;
        return sb.ToString(start, end - start);
    }

    private static void TrimTrailingSpaces(StringBuilder sb, int lineStart)
    {
        var end = sb.Length;
        while (end > lineStart && sb[end - 1] is ' ' or '\u3000') end--;
        sb.Length = end;
    }
}
