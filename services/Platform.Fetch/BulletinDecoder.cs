using Platform.Text;
using System.Text;

namespace Platform.Fetch;

/// <summary>
/// Turns bytes into bulletin text: BOM, then declared charset, then UTF-8 validity, else GB18030 (a superset of
/// GBK/GB2312, the usual encodings of Chinese government sites); Big5 only when declared. Binary bodies
/// and text that decodes to mostly replacement or control characters are refused, never guessed at.
/// </summary>
public static class BulletinDecoder
{
    static BulletinDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (DecodedBulletin? Bulletin, DecodeFailure? Failure) Decode(ReadOnlySpan<byte> bytes, string? contentType)
    {
        if (bytes.IsEmpty) return (null, new DecodeFailure("empty-body", "Empty bulletin", "The request body is empty."));
        if (LooksBinary(bytes)) return (null, new DecodeFailure("binary-body", "Binary content", "The body is binary data (for example an image or archive), not bulletin text."));
        var mediaType = MediaType(contentType);
        var declared = Charset(contentType);
        var isHtml = mediaType is "text/html" or "application/xhtml+xml" || (mediaType is null or "application/octet-stream" && SniffHtml(bytes));
        if (declared is null && isHtml) declared = HtmlMetaCharset(bytes);
        string text;
        string encodingName;
        if (TryBom(bytes, out var bomEncoding, out var bomLength))
        {
            text = bomEncoding.GetString(bytes[bomLength..]);
            encodingName = bomEncoding.WebName;
        }
        else if (declared is not null)
        {
            Encoding? enc;
            try
            {
                enc = Encoding.GetEncoding(NormalizeCharset(declared), EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            }
            catch (ArgumentException)
            {
                return (null, new DecodeFailure("unsupported-charset", "Unsupported charset", $"The declared charset '{declared}' is not supported."));
            }
            try
            {
                text = enc.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                return (null, new DecodeFailure("undecodable-body", "Undecodable text", $"The body is not valid {enc.WebName} as its charset declares."));
            }
            encodingName = enc.WebName;
        }
        else if (TryStrict(Encoding.UTF8, bytes, out var utf8))
        {
            text = utf8;
            encodingName = "utf-8";
        }
        else if (TryStrict(Encoding.GetEncoding("GB18030"), bytes, out var gb))
        {
            text = gb;
            encodingName = "gb18030";
        }
        else
        {
            return (null, new DecodeFailure("undecodable-body", "Undecodable text", "The body is neither valid UTF-8 nor GB18030 and declares no charset."));
        }
        if (isHtml) text = HtmlTextExtractor.Extract(text);
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0) return (null, new DecodeFailure("empty-body", "Empty bulletin", "The body holds no text once decoded."));
        if (!LooksLikeText(normalized)) return (null, new DecodeFailure("binary-body", "Not text", "The decoded body is mostly control or replacement characters."));
        return (new DecodedBulletin(normalized, encodingName, isHtml), null);
    }

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

    /// <summary>Magic numbers of common binary formats, and NUL bytes (absent from UTF-8/GB18030 text; UTF-16 carries a BOM).</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> b)
    {
        if (b is [0x89, 0x50, 0x4E, 0x47, ..] or [0xFF, 0xD8, 0xFF, ..] or [0x25, 0x50, 0x44, 0x46, ..] or [0x50, 0x4B, 0x03, 0x04, ..]
            or [0x1F, 0x8B, ..] or [0x47, 0x49, 0x46, 0x38, ..] or [0x7F, 0x45, 0x4C, 0x46, ..])
        {
            return true;
        }
        if (b is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..]) return false;
        var sample = b[..Math.Min(b.Length, 8192)];
        return sample.IndexOf((byte)0) >= 0;
    }

    private static bool LooksLikeText(string text)
    {
        var bad = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD' || (char.IsControl(c) && c != '\n')) bad++;
        }
        return bad * 20 < text.Length;
    }

    private static bool SniffHtml(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 512)]).TrimStart().ToLowerInvariant();
        return head.StartsWith("<!doctype html", StringComparison.Ordinal) || head.StartsWith("<html", StringComparison.Ordinal);
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

    private static string? MediaType(string? contentType) =>
        contentType?.Split(';')[0].Trim().ToLowerInvariant() is { Length: > 0 } m ? m : null;

    private static string? Charset(string? contentType)
    {
        if (contentType is null) return null;
        foreach (var part in contentType.Split(';').Skip(1))
        {
            var kv = part.Split('=', 2);
            if (kv.Length == 2 && kv[0].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase)) return kv[1].Trim().Trim('"');
        }
        return null;
    }

    /// <summary>GBK and GB2312 labels are decoded as GB18030, their superset, as browsers do.</summary>
    private static string NormalizeCharset(string charset) => charset.ToLowerInvariant() switch
    {
        "gbk" or "gb2312" or "x-gbk" or "cp936" or "gb_2312-80" => "GB18030",
        "big5-hkscs" => "big5",
        var other => other,
    };
}
