using System.Text;

namespace Platform.Formats;

/// <summary>
/// Turns the bytes of text or HTML into a string: BOM, then declared charset (header, else an HTML meta tag),
/// then UTF-8 validity, else GB18030 (a superset of GBK/GB2312, the usual encodings of Chinese government sites) when
/// the bytes look like GB text (<see cref="GuessedGbText"/>); Big5 only when declared. Nothing is guessed past that:
/// undecodable bytes are refused.
/// </summary>
internal static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes; throws <see cref="ExtractionFailedException"/> with the named problem when it cannot.</summary>
    public static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes, string? contentType, bool isHtml)
    {
        var declared = ContentTypeHeader.Charset(contentType);
        if (declared is null && isHtml) declared = HtmlMetaCharset(bytes);
        if (TryBom(bytes, out var bomEncoding, out var bomLength)) return (bomEncoding.GetString(bytes[bomLength..]), bomEncoding.WebName);
        if (declared is not null)
        {
            var enc = Declared(declared, isHtml);
            try
            {
                return (enc.GetString(bytes), enc.WebName);
            }
            catch (DecoderFallbackException)
            {
                throw new ExtractionFailedException(new("undecodable-body", "Undecodable text", $"The body is not valid {enc.WebName} as its charset declares."));
            }
        }
        if (TryStrict(Encoding.UTF8, bytes, out var utf8)) return (utf8, "utf-8");
        if (TryStrict(Encoding.GetEncoding("GB18030"), bytes, out var gb))
        {
            if (GuessedGbText.IsPlausible(bytes)) return (gb, "gb18030");
            throw new ExtractionFailedException(new("undecodable-body", "Undecodable text",
                "The body declares no charset and is not UTF-8; read as GB18030 it is mostly characters Chinese text does not use " +
                "(Big5, or not text at all?). Declare its charset."));
        }
        throw new ExtractionFailedException(new("undecodable-body", "Undecodable text", "The body is neither valid UTF-8 nor GB18030 and declares no charset."));
    }

    private static Encoding Declared(string declared, bool isHtml)
    {
        var name = NormalizeCharset(declared);
        // UTF-7 can smuggle markup past filters and .NET refuses it anyway; HTML pages that claim UTF-16 without a
        // BOM are ASCII-compatible in fact (the HTML standard reads them as UTF-8).
        if (name is "utf-7" or "x-unicode-2-0-utf-7" or "csunicode11utf7") throw Unsupported(declared);
        if (isHtml && name is "utf-16" or "utf-16le" or "utf-16be") name = "utf-8";
        try
        {
            return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            throw Unsupported(declared);
        }
    }

    private static ExtractionFailedException Unsupported(string declared) =>
        new(new("unsupported-charset", "Unsupported charset", $"The declared charset '{declared}' is not supported."));

    private static bool TryStrict(Encoding encoding, ReadOnlySpan<byte> bytes, out string text)
    {
        var strict = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try
        {
            text = strict.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    private static bool TryBom(ReadOnlySpan<byte> b, out Encoding encoding, out int length)
    {
        (encoding, length) = b switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(false), 3),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            [0x84, 0x31, 0x95, 0x33, ..] => (Encoding.GetEncoding("GB18030"), 4),
            _ => (Encoding.UTF8, 0),
        };
        return length > 0;
    }

    private static string? HtmlMetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 2048)]).ToLowerInvariant();
        var i = head.IndexOf("charset=", StringComparison.Ordinal);
        if (i < 0) return null;
        var rest = head[(i + 8)..].TrimStart('"', '\'', ' ');
        var end = rest.IndexOfAny(['"', '\'', ' ', ';', '>', '/']);
        var charset = end < 0 ? rest : rest[..end];
        return charset.Length == 0 ? null : charset;
    }

    /// <summary>GBK and GB2312 labels are decoded as GB18030, their superset, as browsers do.</summary>
    private static string NormalizeCharset(string charset) => charset.ToLowerInvariant() switch
    {
        "gbk" or "gb2312" or "x-gbk" or "cp936" or "gb_2312-80" => "GB18030",
        "big5-hkscs" => "big5",
        var other => other,
    };
}
