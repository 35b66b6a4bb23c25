using System.Diagnostics;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Platform.Formats.Html;

/// <summary>
/// The bulletin inside a web page: the main content found by SmartReader (Mozilla's Readability), laid out as
/// paragraphs; site chrome (navigation, breadcrumb, related links, share bars, footer) never reaches the parser.
/// A page Readability finds nothing in (a bare fragment, a page that is all bulletin) falls back to the body with
/// the usual chrome elements removed. Nesting depth is checked before any DOM is built and the whole pass runs
/// under the time limit.
/// </summary>
internal static class HtmlPageExtractor
{
    private static readonly string[] Chrome = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "template", "svg", "button", "select"];
    private const string ChromeRoles = "[role=navigation],[role=banner],[role=contentinfo],[role=complementary],.nav,.menu,.breadcrumb,.crumb,.footer,.header,.sidebar,.related,.share";

    public static (string Text, DocumentHints Hints, IReadOnlyList<string> Warnings) Extract(string html, FormatLimits limits, Stopwatch clock)
    {
        var depth = HtmlDepthGuard.MaxDepth(html, limits.MaxHtmlDepth);
        if (depth > limits.MaxHtmlDepth)
        {
            throw new ExtractionFailedException(ExtractionProblem.TooComplex(
                $"The page nests elements more than {limits.MaxHtmlDepth} deep; no real page does, and building it would take unbounded time."));
        }
        var remaining = limits.EffectiveTimeout - clock.Elapsed;
        // Readability has no cancellation: it runs aside and the request stops waiting for it at the deadline.
        var work = Task.Run(() => Read(html));
        if (remaining <= TimeSpan.Zero || !work.Wait(remaining))
        {
            throw new ExtractionFailedException(ExtractionProblem.TooComplex($"Extracting the page took longer than {limits.EffectiveTimeout.TotalSeconds:0.#} s."));
        }
        return work.Result;
    }

    private static (string Text, DocumentHints Hints, IReadOnlyList<string> Warnings) Read(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var warnings = new List<string>();
        SmartReader.Article? article = null;
        try
        {
            article = new SmartReader.Reader("https://bulletin.invalid/", html).GetArticle();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            warnings.Add($"main-content extraction failed ({ex.GetType().Name}); the page body was used");
        }
        INode root;
        if (article is { IsReadable: true, Content.Length: > 0 })
        {
            root = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + article.Content + "</body></html>").Body!;
        }
        else
        {
            if (article is not null) warnings.Add("no main content recognised; the page body without its chrome was used");
            root = WithoutChrome(document);
        }
        var text = HtmlBlockText.Of(root);
        var headlines = root is IElement element
            ? element.QuerySelectorAll("h1,h2,h3").Select(h => HtmlBlockText.Of(h).Replace('\n', ' ')).Where(h => h.Length > 0).ToArray()
            : [];
        return (text, HtmlHints.Read(document, article?.PublicationDate, headlines), warnings);
    }

    private static INode WithoutChrome(IHtmlDocument document)
    {
        foreach (var element in document.QuerySelectorAll(string.Join(',', Chrome)).ToArray()) element.Remove();
        foreach (var element in document.QuerySelectorAll(ChromeRoles).ToArray()) element.Remove();
        return document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body ?? (INode)document;
    }
}
