using System.Diagnostics;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Platform.Formats.Html;

/// <summary>
/// The bulletin inside a web page: the main content found by SmartReader (Mozilla's Readability), laid out as
/// paragraphs; site chrome (navigation, breadcrumb, related links, share bars, footer) never reaches the parser.
/// A page Readability finds nothing in (a bare fragment, a page that is all bulletin) falls back to the body with
/// the usual chrome elements removed. Depth and element count are checked before any DOM is built, and the whole
/// pass runs on the caller's thread under a token that expires at the time limit: the parser, Readability and our
/// own walks all stop there, so nothing keeps running after the answer.
/// </summary>
internal static class HtmlPageExtractor
{
    private static readonly string[] Chrome = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "template", "svg", "button", "select"];
    private const string ChromeRoles = "[role=navigation],[role=banner],[role=contentinfo],[role=complementary],.nav,.menu,.breadcrumb,.crumb,.footer,.header,.sidebar,.related,.share";

    private static int running;

    /// <summary>Extractions in progress in this process; tests read it to prove a timed-out one left nothing behind.</summary>
    internal static int Running => Volatile.Read(ref running);

    public static (string Text, DocumentHints Hints, IReadOnlyList<string> Warnings) Extract(string html, FormatLimits limits, Stopwatch clock)
    {
        var shape = HtmlShapeGuard.Measure(html, limits.MaxHtmlDepth, limits.MaxHtmlElements, limits.MaxHtmlNesting);
        if (shape.Depth > limits.MaxHtmlDepth)
        {
            throw new ExtractionFailedException(ExtractionProblem.TooComplex(
                $"The page nests elements more than {limits.MaxHtmlDepth} deep; no real page does, and building it would take unbounded time."));
        }
        if (shape.Elements > limits.MaxHtmlElements)
        {
            throw new ExtractionFailedException(ExtractionProblem.TooComplex(
                $"The page has more than {limits.MaxHtmlElements} elements (Platform:Formats:MaxHtmlElements); finding its main content would take unbounded time."));
        }
        if (shape.Nesting > limits.MaxHtmlNesting)
        {
            throw new ExtractionFailedException(ExtractionProblem.TooComplex(
                $"The page nests elements too deep in total (squared depths over {limits.MaxHtmlNesting}, from Platform:Formats:MaxHtmlElements and MaxHtmlDepth); finding its main content would take unbounded time."));
        }
        var remaining = limits.EffectiveTimeout - clock.Elapsed;
        if (remaining <= TimeSpan.Zero) throw TimedOut(limits);
        using var deadline = new CancellationTokenSource(remaining);
        Interlocked.Increment(ref running);
        try
        {
            return Read(html, deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw TimedOut(limits);
        }
        finally
        {
            Interlocked.Decrement(ref running);
        }
    }

    private static ExtractionFailedException TimedOut(FormatLimits limits) =>
        new(ExtractionProblem.TooComplex($"Extracting the page took longer than {limits.EffectiveTimeout.TotalSeconds:0.#} s."));

    private static (string Text, DocumentHints Hints, IReadOnlyList<string> Warnings) Read(string html, CancellationToken cancel)
    {
        // Both libraries finish synchronously on a string source; their async forms are the ones that take a token.
        var document = new HtmlParser().ParseDocumentAsync(html, cancel).GetAwaiter().GetResult();
        var warnings = new List<string>();
        SmartReader.Article? article = null;
        try
        {
            // The reader parses the page again without a token; the element limit bounds that parse.
            article = new SmartReader.Reader("https://bulletin.invalid/", html).GetArticleAsync(cancel).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            warnings.Add($"main-content extraction failed ({ex.GetType().Name}); the page body was used");
        }
        // A cancelled Readability returns what it had instead of throwing; that partial article must not be used.
        cancel.ThrowIfCancellationRequested();
        INode root;
        if (article is { IsReadable: true, Content.Length: > 0 })
        {
            root = new HtmlParser().ParseDocumentAsync("<!DOCTYPE html><html><body>" + article.Content + "</body></html>", cancel)
                .GetAwaiter().GetResult().Body!;
        }
        else
        {
            if (article is not null) warnings.Add("no main content recognised; the page body without its chrome was used");
            root = WithoutChrome(document, cancel);
        }
        var text = HtmlBlockText.Of(root, cancel);
        var headlines = root is IElement element
            ? element.QuerySelectorAll("h1,h2,h3").Select(h => HtmlBlockText.Of(h, cancel).Replace('\n', ' ')).Where(h => h.Length > 0).ToArray()
            : [];
        cancel.ThrowIfCancellationRequested();
        return (text, HtmlHints.Read(document, article?.PublicationDate, headlines), warnings);
    }

    private static INode WithoutChrome(IHtmlDocument document, CancellationToken cancel)
    {
        foreach (var element in document.QuerySelectorAll(string.Join(',', Chrome)).ToArray())
        {
            cancel.ThrowIfCancellationRequested();
            element.Remove();
        }
        cancel.ThrowIfCancellationRequested();
        foreach (var element in document.QuerySelectorAll(ChromeRoles).ToArray())
        {
            cancel.ThrowIfCancellationRequested();
            element.Remove();
        }
        return document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body ?? (INode)document;
    }
}
