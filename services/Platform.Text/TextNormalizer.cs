using System.Buffers;
using System.Text;

namespace Platform.Text;

/// <summary>
/// Canonical text form used for hashing and parsing: no BOM, LF line ends, tabs as spaces, no trailing
/// spaces, no leading or trailing blank lines, lone surrogates replaced by U+FFFD, NFC. Punctuation width
/// is kept as printed (the parser compares normalized forms itself). Deterministic and idempotent.
/// </summary>
public static class TextNormalizer
{
    private static readonly SearchValues<char> Rewritten = SearchValues.Create("\r\t\uFEFF");

    public static string Normalize(string text)
    {
        var s = NormalizeExceptOuterBlankLines(text);
        var trimmed = s.AsSpan().Trim('\n');
        return trimmed.Length == s.Length ? s : trimmed.ToString();
    }

    /// <summary>
    /// <see cref="Normalize"/> without removing leading and trailing blank lines, which the parser skips anyway:
    /// saves copying a large bulletin whose only blemish is blank lines at its ends.
    /// </summary>
    public static string NormalizeExceptOuterBlankLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = NeedsRewrite(text) ? Rewrite(text) : text;
        return clean.IsNormalized(NormalizationForm.FormC) ? clean : clean.Normalize(NormalizationForm.FormC);
    }

    // Vectorized checks first: most input is already canonical and is then returned without a copy.
    private static bool NeedsRewrite(string s)
    {
        if (s.Length == 0) return false;
        if (s[^1] is ' ' or '\u3000') return true;
        var span = s.AsSpan();
        if (span.IndexOfAny(Rewritten) >= 0) return true;
        if (span.Contains(" \n", StringComparison.Ordinal) || span.Contains("\u3000\n", StringComparison.Ordinal)) return true;
        return span.IndexOfAnyInRange('\uD800', '\uDFFF') >= 0 && HasLoneSurrogate(span);
    }

    private static bool HasLoneSurrogate(ReadOnlySpan<char> s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            else if (char.IsSurrogate(s[i])) return true;
        }
        return false;
    }

    private static string Rewrite(string s)
    {
        var buffer = ArrayPool<char>.Shared.Rent(s.Length);
        try
        {
            var n = 0;
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
                    case >= '\uD800' and <= '\uDBFF':
                        if (i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                        {
                            buffer[n++] = c;
                            buffer[n++] = s[++i];
                            continue;
                        }
                        c = '\uFFFD';
                        break;
                    case >= '\uDC00' and <= '\uDFFF':
                        c = '\uFFFD';
                        break;
                }
                if (c == '\n')
                {
                    while (n > lineStart && buffer[n - 1] is ' ' or '\u3000') n--;
                    buffer[n++] = '\n';
                    lineStart = n;
                }
                else
                {
                    buffer[n++] = c;
                }
            }
            while (n > lineStart && buffer[n - 1] is ' ' or '\u3000') n--;
            var start = 0;
            while (start < n && buffer[start] == '\n') start++;
            while (n > start && buffer[n - 1] == '\n') n--;
            return new string(buffer, start, n - start);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
