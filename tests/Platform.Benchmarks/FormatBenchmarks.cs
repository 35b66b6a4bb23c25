using System.Text;
using BenchmarkDotNet.Attributes;
using Platform.Formats;
using Platform.Testing.Documents;

namespace Platform.Benchmarks;

/// <summary>
/// Extraction throughput per format over the five seeds, each typeset by the test generators: text, a web page with
/// site chrome, PDF in one column (briefing) and two columns (newspaper), DOCX. One operation extracts all five.
/// MB/s = input bytes / mean time and pages/s = PDF pages / mean time, with the sizes and page counts
/// <see cref="Setup"/> prints.
/// </summary>
[MemoryDiagnoser]
public class FormatBenchmarks
{
    private Dictionary<string, (byte[] Bytes, string ContentType)[]> _inputs = [];

    public static IEnumerable<string> Formats => ["text", "html", "pdf-1col", "pdf-2col", "docx"];

    [ParamsSource(nameof(Formats))]
    public string Format { get; set; } = "text";

    [GlobalSetup]
    public void Setup()
    {
        var blocks = SeedCorpus.Texts.Select(t => DocumentBlock.FromText(t, line => line.Length <= 24 && !line.Contains('。', StringComparison.Ordinal), _ => BlockRole.Body)).ToArray();
        _inputs = new()
        {
            ["text"] = SeedCorpus.Texts.Select(t => (Encoding.UTF8.GetBytes(t), "text/plain; charset=utf-8")).ToArray(),
            ["html"] = blocks.Select(b => (Encoding.UTF8.GetBytes(BulletinHtml.Write(b)), "text/html")).ToArray(),
            ["pdf-1col"] = blocks.Select(b => (BulletinPdf.Write(b, new PdfLayout(RunningHead: "精神文明建设简报")), "application/pdf")).ToArray(),
            ["pdf-2col"] = blocks.Select(b => (BulletinPdf.Write(b, new PdfLayout(Columns: 2, Newspaper: true, RunningHead: "精神文明报")), "application/pdf")).ToArray(),
            ["docx"] = blocks.Select(b => (BulletinDocx.Write(b, new DocxLayout()), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")).ToArray(),
        };
        foreach (var (format, inputs) in _inputs)
        {
            var pages = format.StartsWith("pdf", StringComparison.Ordinal)
                ? inputs.Sum(i => PageCount(i.Bytes))
                : 0;
            Console.WriteLine($"// {format}: {inputs.Sum(i => i.Bytes.LongLength)} bytes in {inputs.Length} documents{(pages > 0 ? $", {pages} pages" : "")}");
        }
    }

    private static int PageCount(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }

    [Benchmark]
    public int ExtractSeeds()
    {
        var chars = 0;
        foreach (var (bytes, contentType) in _inputs[Format])
        {
            var (document, problem) = DocumentExtractor.Extract(bytes, contentType);
            chars += document?.Text.Length ?? throw new InvalidOperationException(problem!.Detail);
        }
        return chars;
    }
}
