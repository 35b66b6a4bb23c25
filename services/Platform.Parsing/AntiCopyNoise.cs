namespace Platform.Parsing;

/// <summary>
/// Anti-copy junk that forum software scatters through reposted text: runs of one- and two-character ASCII
/// tokens with symbols, such as "5 k6 X; s* @0 i" after a headline. Chinese text never strings four or more
/// such tokens together; at least two of them must be odd (a symbol, or a letter mixed with a digit) and one
/// must carry a symbol, so "Q1 Q2 Q3 Q4" or "A B C D" stay.
/// </summary>
internal static class AntiCopyNoise
{
    private const int MinTokens = 4;

    /// <summary>Length of a junk run starting at <paramref name="i"/>, including the spaces around it, or 0.</summary>
    public static int LengthAt(string text, int i)
    {
        if (!IsToken(text, i, out _) || (i > 0 && !IsBoundary(text[i - 1]))) return 0;
        int tokens = 0, end = i, pos = i;
        int odd = 0, symbols = 0;
        while (pos < text.Length && IsToken(text, pos, out var len))
        {
            tokens++;
            var kind = Oddity(text.AsSpan(pos, len));
            if (kind > 0) odd++;
            if (kind == 2) symbols++;
            end = pos + len;
            pos = end;
            if (pos >= text.Length || text[pos] != ' ') break;
            pos++;
        }
        if (tokens < MinTokens || odd < 2 || symbols == 0) return 0;
        if (end < text.Length && !IsBoundary(text[end])) return 0;
        while (end < text.Length && text[end] == ' ') end++;
        return end - i;
    }

    private static bool IsBoundary(char c) => c is ' ' or '\n' || c > '\u007F';

    private static bool IsToken(string text, int i, out int length)
    {
        length = 0;
        while (i + length < text.Length && length < 3 && text[i + length] is > ' ' and < '\u007F') length++;
        return length is 1 or 2 && (i + length == text.Length || text[i + length] is ' ' or '\n');
    }

    // 2: carries a symbol; 1: mixes a letter and a digit; 0: plain.
    private static int Oddity(ReadOnlySpan<char> token)
    {
        bool letter = false, digit = false;
        foreach (var c in token)
        {
            if (char.IsAsciiLetter(c)) letter = true;
            else if (char.IsAsciiDigit(c)) digit = true;
            else return 2;
        }
        return letter && digit ? 1 : 0;
    }
}
