using Platform.Text;
using System.Text;

namespace Platform.Formats.Tests;

public sealed class TextDecodingTests
{
    static TextDecodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly string Seed = SeedTexts.Read("002");

    public static TheoryData<string, byte[], string?, string> SameTextInEveryEncoding => new()
    {
        { "utf-8", Encoding.UTF8.GetBytes(Seed), null, "utf-8" },
        { "utf-8 with BOM", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Seed)], null, "utf-8" },
        { "gb18030 undeclared", Encoding.GetEncoding("GB18030").GetBytes(Seed), null, "gb18030" },
        { "gbk declared", Encoding.GetEncoding("GB18030").GetBytes(Seed), "text/plain; charset=GBK", "gb18030" },
        { "utf-16le BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Seed)], "application/octet-stream", "utf-16" },
        { "utf-16be BOM", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Seed)], null, "utf-16BE" },
        { "crlf line ends", Encoding.UTF8.GetBytes(Seed.Replace("\n", "\r\n", StringComparison.Ordinal)), "text/plain", "utf-8" },
    };

    [Theory]
    [MemberData(nameof(SameTextInEveryEncoding))]
    public void Seed_decodes_to_the_same_normalized_text(string label, byte[] bytes, string? contentType, string encoding)
    {
        var (decoded, failure) = DocumentExtractor.Extract(bytes, contentType);
        Assert.True(failure is null, $"{label}: {failure?.Detail}");
        Assert.Equal(TextNormalizer.Normalize(Seed), decoded!.Text);
        Assert.Equal(encoding, decoded.Encoding, ignoreCase: true);
    }

    [Fact]
    public void Html_page_yields_the_text_of_its_paragraphs_without_chrome()
    {
        var blocks = TextNormalizer.Normalize(Seed).Split("\n\n");
        var html = "<!DOCTYPE html><html><head><meta charset=\"gb2312\"><title>站点标题</title><script>var x = '广告';</script></head><body>"
            + "<nav><a href=\"/\">首页</a> | <a>要闻</a></nav><article>"
            + string.Concat(blocks.Select(b => "<p>" + b.Replace("\n", "<br>", StringComparison.Ordinal) + "</p>\n"))
            + "</article><footer>版权所有 ©</footer></body></html>";
        var (decoded, failure) = DocumentExtractor.Extract(Encoding.GetEncoding("GB18030").GetBytes(html), "text/html");
        Assert.Null(failure);
        Assert.Equal(InputFormat.Html, decoded!.Format);
        Assert.Equal("gb18030", decoded.Encoding);
        Assert.Equal(TextNormalizer.Normalize(Seed), decoded.Text);
    }

    public static TheoryData<string, byte[], string?, string> Refused => new()
    {
        { "empty", [], "text/plain", "empty-body" },
        { "whitespace only", Encoding.UTF8.GetBytes(" \n\t\r\n "), "text/plain", "empty-body" },
        { "png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "application/octet-stream", "binary-body" },
        { "nul bytes", [0x41, 0x00, 0x42, 0x00, 0x43], null, "binary-body" },
        { "invalid utf-8 declared utf-8", [0xE4, 0xB8, 0xAD, 0xFF, 0xFE, 0x41], "text/plain; charset=utf-8", "undecodable-body" },
        { "unknown charset", Encoding.UTF8.GetBytes("正文"), "text/plain; charset=x-klingon", "unsupported-charset" },
        { "neither utf-8 nor gb18030", [0x81, 0x20, 0xFF, 0x30], null, "undecodable-body" },
        { "undeclared big5", Encoding.GetEncoding("big5").GetBytes(TraditionalNotice), null, "undecodable-body" },
        { "random high bytes", RandomHighBytes(), null, "undecodable-body" },
    };

    private const string TraditionalNotice = "臺灣省政府新聞處公告\n\n為推動精神文明建設，各縣市應於本月舉辦社區志願服務活動，並加強環境衛生與交通安全宣導。" +
        "民眾如有疑問，請洽各鄉鎮公所。本處將派員前往各地訪視，了解執行情形，並表揚績優單位與個人。";

    /// <summary>Bytes 0x81-0xFE, every pair of which GB18030 decodes.</summary>
    private static byte[] RandomHighBytes()
    {
        var random = new Random(13);
        var bytes = new byte[4000];
        for (var i = 0; i < bytes.Length; i++) bytes[i] = (byte)random.Next(0x81, 0xFF);
        return bytes;
    }

    public static TheoryData<string> Seeds() => new(SeedTexts.Names);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_seed_in_gb18030_without_a_charset_is_taken_as_gb18030(string seed)
    {
        var (decoded, failure) = DocumentExtractor.Extract(Encoding.GetEncoding("GB18030").GetBytes(SeedTexts.Read(seed)), null);
        Assert.True(failure is null, $"{seed}: {failure?.Detail}");
        Assert.Equal("gb18030", decoded!.Encoding);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Unusable_bodies_are_refused_with_a_named_problem(string label, byte[] bytes, string? contentType, string problem)
    {
        var (decoded, failure) = DocumentExtractor.Extract(bytes, contentType);
        Assert.Null(decoded);
        Assert.True(failure is not null, label);
        Assert.Equal(problem, failure.ProblemType);
    }

    [Fact]
    public void Big5_is_used_when_declared()
    {
        var bytes = Encoding.GetEncoding("big5").GetBytes("精神文明建設簡報");
        var (decoded, _) = DocumentExtractor.Extract(bytes, "text/plain; charset=big5");
        Assert.Equal("精神文明建設簡報", decoded!.Text);
        Assert.Equal("big5", decoded.Encoding);
    }
}
