using Platform.Text;

namespace Platform.Testing;

/// <summary>
/// A traditional-character copy of simplified text for tests: each simplified character is replaced by the first
/// traditional character the conversion table maps to it (the inverse of <see cref="SimplifiedChinese"/>).
/// </summary>
public static class TraditionalScript
{
    private static readonly char[] Inverse = BuildInverse();

    public static string Of(string simplified) => string.Create(simplified.Length, simplified, static (dest, s) =>
    {
        for (var i = 0; i < s.Length; i++) dest[i] = Inverse[s[i]];
    });

    private static char[] BuildInverse()
    {
        var map = new char[char.MaxValue + 1];
        for (var i = 0; i < map.Length; i++) map[i] = (char)i;
        for (var c = '\u3400'; c < '\uFFFF'; c++)
        {
            var s = SimplifiedChinese.Convert(c);
            if (s != c && map[s] == s) map[s] = c;
        }
        return map;
    }
}
