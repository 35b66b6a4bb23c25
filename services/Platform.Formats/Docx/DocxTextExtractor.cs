using System.Diagnostics;
using System.Runtime.InteropServices;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Platform.Formats.Pdf;

namespace Platform.Formats.Docx;

/// <summary>
/// The page text of a Word document: its headers first (they hold the masthead), the body's paragraphs, headings and
/// tables in reading order, its footers last (the distribution list, page numbers dropped). Headings become
/// headline hints; the core properties give the title and date.
/// </summary>
internal static class DocxTextExtractor
{
    public static (string Text, string? Encoding, IReadOnlyList<string> Warnings, DocumentHints Hints) Extract(ReadOnlyMemory<byte> bytes, FormatLimits limits, Stopwatch clock)
    {
        var stream = MemoryMarshal.TryGetArray(bytes, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);
        using (stream)
        {
            try
            {
                PackageSizeGuard.Check(stream, limits.MaxDecompressedBytes);
                using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = limits.MaxDecompressedBytes });
                return Read(document, limits, clock);
            }
            catch (Exception ex) when (ex is not (ExtractionFailedException or OutOfMemoryException))
            {
                throw new ExtractionFailedException(ExtractionProblem.Malformed($"The Word document cannot be read: {ex.Message}"));
            }
        }
    }

    private static (string, string?, IReadOnlyList<string>, DocumentHints) Read(WordprocessingDocument document, FormatLimits limits, Stopwatch clock)
    {
        var main = document.MainDocumentPart ?? throw new ExtractionFailedException(ExtractionProblem.Malformed("The package has no main document part: it is not a Word document."));
        var body = main.Document?.Body ?? throw new ExtractionFailedException(ExtractionProblem.Malformed("The Word document has no body."));
        var styles = new WordStyles(main);
        var blocks = new WordBlocks(styles, () =>
        {
            if (clock.Elapsed > limits.EffectiveTimeout) throw new ExtractionFailedException(ExtractionProblem.TooComplex($"Extracting the document took longer than {limits.EffectiveTimeout.TotalSeconds:0.#} s."));
        });
        var headers = Distinct(HeaderParts(main, body).Select(h => h.Header).OfType<Header>(), blocks);
        var content = new List<(string Text, bool Heading)>();
        blocks.Collect(body, content);
        var footers = Distinct(FooterParts(main, body).Select(f => f.Footer).OfType<Footer>(), blocks)
            .Where(p => !PageFurniture.IsPageNumber(p.Text)).ToList();
        var all = headers.Concat(content).Concat(footers).ToList();
        var chars = all.Sum(p => p.Text.Length + 2);
        if (chars > limits.MaxTextChars) throw DocumentExtractor.TextTooLarge(limits);
        var warnings = new List<string>();
        if (headers.Count > 0) warnings.Add($"{headers.Count} header paragraphs placed before the body");
        if (footers.Count > 0) warnings.Add($"{footers.Count} footer paragraphs placed after the body");
        if (blocks.TablesFlattened > 0) warnings.Add($"{blocks.TablesFlattened} tables flattened to one line per row");
        var text = string.Join("\n\n", all.Select(p => p.Text));
        return (text, null, warnings, Hints(document, content));
    }

    /// <summary>Headers of the sections in document order (first-page and default), each part once.</summary>
    private static IEnumerable<HeaderPart> HeaderParts(MainDocumentPart main, Body body) =>
        References(body.Descendants<HeaderReference>().Select(r => (r.Id?.Value, r.Type?.Value)), main).OfType<HeaderPart>()
            .Concat(main.HeaderParts).Distinct();

    private static IEnumerable<FooterPart> FooterParts(MainDocumentPart main, Body body) =>
        References(body.Descendants<FooterReference>().Select(r => (r.Id?.Value, r.Type?.Value)), main).OfType<FooterPart>()
            .Concat(main.FooterParts).Distinct();

    private static IEnumerable<OpenXmlPart> References(IEnumerable<(string? Id, HeaderFooterValues? Type)> references, MainDocumentPart main)
    {
        // The first-page header comes before the default one: it is the one printed above the masthead.
        foreach (var (id, _) in references.OrderBy(r => r.Type == HeaderFooterValues.First ? 0 : 1))
        {
            if (id is not null && main.TryGetPartById(id, out var part)) yield return part;
        }
    }

    private static List<(string Text, bool Heading)> Distinct(IEnumerable<DocumentFormat.OpenXml.OpenXmlCompositeElement> parts, WordBlocks blocks)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<(string Text, bool Heading)>();
        foreach (var part in parts)
        {
            var paragraphs = new List<(string Text, bool Heading)>();
            blocks.Collect(part, paragraphs);
            foreach (var p in paragraphs)
            {
                if (seen.Add(p.Text)) result.Add((p.Text, false));
            }
        }
        return result;
    }

    private static DocumentHints Hints(WordprocessingDocument document, List<(string Text, bool Heading)> content)
    {
        var properties = document.PackageProperties;
        DateTimeOffset? created = properties.Created is { } c ? new DateTimeOffset(DateTime.SpecifyKind(c, DateTimeKind.Utc)) : null;
        return DocumentHints.FromProperties(properties.Title, created, content.Where(p => p.Heading).Select(p => p.Text),
            ("author", properties.Creator), ("subject", properties.Subject), ("keywords", properties.Keywords), ("description", properties.Description));
    }
}
