using System.Diagnostics;
using Platform.Formats.Docx;
using Platform.Formats.Html;
using Platform.Formats.Pdf;
using Platform.Text;

namespace Platform.Formats;

/// <summary>
/// The one intake for every format: detects it (<see cref="FormatDetector"/>), extracts the page text the parser
/// reads, normalizes it and applies the quality gate. Never throws on bad input: every refusal is a named
/// <see cref="ExtractionProblem"/>, and a refused document yields no text at all (nothing half-read).
/// </summary>
public static class DocumentExtractor
{
    public static (ExtractedDocument? Document, ExtractionProblem? Problem) Extract(ReadOnlyMemory<byte> bytes, string? contentType,
        string? fileName = null, FormatLimits? limits = null)
    {
        limits ??= FormatLimits.Default;
        if (bytes.IsEmpty) return (null, ExtractionProblem.Empty("The body is empty."));
        var clock = Stopwatch.StartNew();
        var format = FormatDetector.Detect(bytes.Span, contentType, fileName);
        try
        {
            var (text, encoding, warnings, hints) = format.Format switch
            {
                InputFormat.Text => FromText(bytes.Span, contentType),
                InputFormat.Html => FromHtml(bytes.Span, contentType, limits, clock),
                InputFormat.Pdf => PdfTextExtractor.Extract(bytes, limits, clock),
                InputFormat.Docx => DocxTextExtractor.Extract(bytes, limits, clock),
                _ => throw new ExtractionFailedException(Refusal(format)),
            };
            if (text.Length > limits.MaxTextChars) throw TextTooLarge(limits);
            var normalized = TextNormalizer.Normalize(text);
            if (normalized.Length == 0) return (null, ExtractionProblem.Empty($"The {format.Name} holds no text once extracted."));
            if (!LooksLikeText(normalized)) return (null, ExtractionProblem.Binary("The decoded body is mostly control or replacement characters."));
            return (new ExtractedDocument(normalized, format.Format, encoding, warnings, hints), null);
        }
        catch (ExtractionFailedException ex)
        {
            return (null, ex.Problem);
        }
    }

    internal static ExtractionFailedException TextTooLarge(FormatLimits limits) =>
        new(ExtractionProblem.TooLarge($"The extracted text exceeds the limit of {limits.MaxTextChars} characters."));

    private static ExtractionProblem Refusal(DetectedFormat format) => format.Format switch
    {
        InputFormat.Unsupported => ExtractionProblem.Unsupported(format.Name),
        InputFormat.Encrypted => ExtractionProblem.Encrypted($"The body is a {format.Name}; send it without a password."),
        InputFormat.Mismatched => ExtractionProblem.Malformed($"The body is declared as a {format.Name} but is not a readable one."),
        _ => ExtractionProblem.Binary($"The body is binary data ({format.Name}), not a bulletin."),
    };

    private static (string, string?, IReadOnlyList<string>, DocumentHints) FromText(ReadOnlySpan<byte> bytes, string? contentType)
    {
        var (text, encoding) = TextDecoder.Decode(bytes, contentType, isHtml: false);
        return (text, encoding, [], DocumentHints.None);
    }

    private static (string, string?, IReadOnlyList<string>, DocumentHints) FromHtml(ReadOnlySpan<byte> bytes, string? contentType, FormatLimits limits, Stopwatch clock)
    {
        var (html, encoding) = TextDecoder.Decode(bytes, contentType, isHtml: true);
        var (text, hints, warnings) = HtmlPageExtractor.Extract(html, limits, clock);
        return (text, encoding, warnings, hints);
    }

    /// <summary>The parser's own gate would reject it later; refusing here keeps it out of the store (issue 13).</summary>
    private static bool LooksLikeText(string text)
    {
        var bad = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD' || (char.IsControl(c) && c != '\n')) bad++;
        }
        return bad * 20 < text.Length;
    }
}
