using UglyToad.PdfPig.Fonts.TrueType;
using UglyToad.PdfPig.Fonts.TrueType.Parser;

namespace Platform.Testing.Documents;

/// <summary>
/// A TrueType font with Chinese and Latin glyphs that PdfPig's builder can embed (it needs glyf outlines in a
/// single .ttf, not a .ttc collection or CFF .otf). tests/setup/fonts.sh installs Debian's fonts-arphic-gbsn00lp;
/// PLATFORM_TEST_CJK_FONT names another.
/// </summary>
public static class CjkFont
{
    private static readonly string[] Known =
    [
        "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
        "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf",
        "/usr/share/fonts/truetype/arphic/gbsn00lp.ttf",
    ];

    private static readonly Lazy<byte[]> Font = new(Load);

    public static byte[] Bytes => Font.Value;

    private static byte[] Load()
    {
        var configured = Environment.GetEnvironmentVariable("PLATFORM_TEST_CJK_FONT");
        var candidates = (configured is { Length: > 0 } ? [configured] : Array.Empty<string>())
            .Concat(Known)
            .Concat(Directory.Exists("/usr/share/fonts") ? Directory.EnumerateFiles("/usr/share/fonts", "*.ttf", SearchOption.AllDirectories) : []);
        foreach (var path in candidates.Where(File.Exists))
        {
            var bytes = File.ReadAllBytes(path);
            if (Covers(bytes)) return bytes;
        }
        throw new InvalidOperationException("No TrueType font with Chinese and Latin glyphs found: run tests/setup/fonts.sh (Debian fonts-arphic-gbsn00lp) or set PLATFORM_TEST_CJK_FONT.");
    }

    private static bool Covers(byte[] bytes)
    {
        try
        {
            var font = TrueTypeFontParser.Parse(new TrueTypeDataBytes(bytes));
            return font.TableRegister.Os2Table is not null && "中文a1,".All(c => font.TryGetBoundingBox(c, out _));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return false;
        }
    }
}
