using System.Diagnostics;
using System.Runtime.InteropServices;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Platform.Formats.Pdf;

/// <summary>
/// The page text of a PDF: every page's blocks in column reading order (<see cref="ColumnOrder"/>), page numbers
/// and repeated running heads dropped, lines joined into paragraphs (<see cref="PdfParagraphs"/>); lines set larger
/// or bolder than the body text become headline hints. A PDF without a text layer (a scan) is <c>no-text-layer</c>;
/// encrypted, truncated or broken files are named problems, never an exception.
/// </summary>
internal static class PdfTextExtractor
{
    public static (string Text, string? Encoding, IReadOnlyList<string> Warnings, DocumentHints Hints) Extract(ReadOnlyMemory<byte> bytes, FormatLimits limits, Stopwatch clock)
    {
        var tail = bytes.Span[Math.Max(0, bytes.Length - 2048)..];
        if (tail.IndexOf("%%EOF"u8) < 0) throw new ExtractionFailedException(ExtractionProblem.Malformed("The PDF is truncated: it has no %%EOF marker at its end."));
        if (PdfStreamGuard.DecompressedSize(bytes, limits.MaxDecompressedBytes) > limits.MaxDecompressedBytes)
        {
            throw new ExtractionFailedException(ExtractionProblem.TooLarge($"The PDF decompresses to more than {limits.MaxDecompressedBytes} bytes."));
        }
        try
        {
            return Read(bytes, limits, clock);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new ExtractionFailedException(ExtractionProblem.Encrypted("The PDF is encrypted with a password; send it without one."));
        }
        catch (Exception ex) when (ex is not (ExtractionFailedException or OutOfMemoryException))
        {
            throw new ExtractionFailedException(ExtractionProblem.Malformed($"The PDF cannot be read: {ex.Message}"));
        }
    }

    private static (string, string?, IReadOnlyList<string>, DocumentHints) Read(ReadOnlyMemory<byte> bytes, FormatLimits limits, Stopwatch clock)
    {
        var array = MemoryMarshal.TryGetArray(bytes, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length ? segment.Array : bytes.ToArray();
        using var document = PdfDocument.Open(array, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, ClipPaths = false });
        if (document.NumberOfPages > limits.MaxPages)
        {
            throw new ExtractionFailedException(ExtractionProblem.TooLarge($"The PDF has {document.NumberOfPages} pages; the limit is {limits.MaxPages}."));
        }
        var warnings = new List<string>();
        var pages = new List<(double Height, List<List<PdfLine>> Blocks)>(document.NumberOfPages);
        var letters = 0;
        var rotated = 0;
        var images = 0;
        var unmapped = 0;
        foreach (var page in document.GetPages())
        {
            if (clock.Elapsed > limits.EffectiveTimeout)
            {
                throw new ExtractionFailedException(ExtractionProblem.TooComplex($"Extracting the PDF took longer than {limits.EffectiveTimeout.TotalSeconds:0.#} s (at page {page.Number})."));
            }
            var blocks = PdfPageReader.Blocks(page, out var horizontal, out var other);
            letters += horizontal;
            rotated += other;
            unmapped += blocks.SelectMany(b => b).Sum(l => l.Text.Count(c => c is >= '\uE000' and <= '\uF8FF' or '\uFFFD'));
            if (horizontal == 0 && page.GetImages().Any()) images++;
            pages.Add((page.Height, blocks.Select(b => b.ToList()).ToList()));
        }
        if (letters == 0 && rotated == 0)
        {
            throw new ExtractionFailedException(images > 0
                ? ExtractionProblem.NoTextLayer($"The PDF has no text layer ({images} of {pages.Count} pages are images only): it is a scan, and OCR is not done here.")
                : ExtractionProblem.Empty("The PDF has no text on any page."));
        }
        if (unmapped * 2 > letters)
        {
            throw new ExtractionFailedException(ExtractionProblem.NoTextLayer("The PDF's text layer does not map its glyphs to characters (no ToUnicode): its text cannot be recovered."));
        }
        if (rotated > 0) warnings.Add($"{rotated} letters in vertical or rotated text were left out");
        if (images > 0) warnings.Add($"{images} pages hold only images and gave no text");
        var (bodySize, bodyBold) = BodyType(pages);
        var furniture = PageFurniture.Remove(pages, bodySize);
        if (furniture > 0) warnings.Add($"{furniture} page numbers and running heads were removed");
        var ordered = pages.SelectMany(p => Order(p.Blocks, bodySize));
        var paragraphs = PdfParagraphs.Compose(ordered, bodySize, bodyBold);
        var length = paragraphs.Sum(p => p.Text.Length + 2);
        if (length > limits.MaxTextChars) throw DocumentExtractor.TextTooLarge(limits);
        var text = string.Join("\n\n", paragraphs.Select(p => p.Text));
        return (text, null, warnings, Hints(document, paragraphs));
    }

    private static IEnumerable<IReadOnlyList<PdfLine>> Order(List<List<PdfLine>> blocks, double bodySize)
    {
        var boxes = blocks.Select(b => b.Select(l => l.Bounds).Aggregate((x, y) => x.Union(y))).ToList();
        return ColumnOrder.Sort(boxes, Math.Max(bodySize * 0.5, 2)).Select(i => (IReadOnlyList<PdfLine>)blocks[i]);
    }

    /// <summary>The size and weight most characters are set in: what is larger or bolder stands out as a headline.</summary>
    private static (double Size, bool Bold) BodyType(List<(double Height, List<List<PdfLine>> Blocks)> pages)
    {
        var sizes = new Dictionary<double, int>();
        var bold = 0;
        var all = 0;
        foreach (var line in pages.SelectMany(p => p.Blocks).SelectMany(b => b))
        {
            sizes[line.FontSize] = sizes.GetValueOrDefault(line.FontSize) + line.Text.Length;
            all += line.Text.Length;
            if (line.Bold) bold += line.Text.Length;
        }
        return (sizes.Count == 0 ? 0 : sizes.MaxBy(kv => kv.Value).Key, bold * 2 > all);
    }

    private static DocumentHints Hints(PdfDocument document, List<(string Text, bool Headline)> paragraphs)
    {
        var info = document.Information;
        DateTimeOffset? created = null;
        try
        {
            created = info.GetCreatedDateTimeOffset();
        }
        catch (FormatException)
        {
            // A malformed date in the Info dictionary is no reason to refuse the text.
        }
        return DocumentHints.FromProperties(info.Title, created, paragraphs.Where(p => p.Headline).Select(p => p.Text),
            ("author", info.Author), ("subject", info.Subject), ("keywords", info.Keywords), ("creator", info.Creator), ("producer", info.Producer));
    }
}
