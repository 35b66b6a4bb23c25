namespace Platform.Formats.Html;

/// <summary>
/// Measures element nesting and element count with one linear pass over the markup, before any DOM is built: a page
/// of 200,000 nested &lt;div&gt; costs a tree builder super-quadratic time, and Readability's scoring grows faster
/// than the element count (100,000 flat paragraphs take it minutes), while this scan stays linear. Elements whose end
/// tag is optional (p, li, td…) and void elements do not nest in practice and are not counted for depth, so a page of
/// unclosed paragraphs is not mistaken for a deep one; every start tag counts as an element. Readability has steps
/// that do not heed its cancellation token and cost about the square of each element's depth (a page of 5,000
/// elements 390 deep took it 3.9 s past a 0.3 s deadline), so the sum of squared depths is measured too.
/// </summary>
internal static class HtmlShapeGuard
{
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "rt", "rp", "colgroup", "caption",
        "html", "head", "body",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title", "xmp", "noscript", "iframe", "noembed", "noframes", "plaintext" };

    /// <summary>
    /// The deepest nesting, the number of elements and the sum of their squared depths, stopping early once any exceeds its
    /// limit (so a refused page costs no more than the limit to scan).
    /// </summary>
    public static HtmlShape Measure(string html, int maxDepth, int maxElements, long maxNesting)
    {
        ArgumentNullException.ThrowIfNull(html);
        // The open elements by name: an end tag closes the nearest open element of its name (and those opened after
        // it), and an end tag with no such element is ignored, as the tree builder does; otherwise "<div></i>" repeated
        // would look flat here and still nest 200,000 deep there. The stack never holds more than maxDepth + 1 names.
        var open = new List<string>();
        var deepest = 0;
        var elements = 0;
        var nesting = 0L;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var next = html[i + 1];
            if (next == '!')
            {
                i = SkipPast(html, i, html.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal) ? "-->" : ">");
                continue;
            }
            var closing = next == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd])) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }
            var name = html[nameStart..nameEnd];
            var tagEnd = TagEnd(html, nameEnd);
            var selfClosing = tagEnd > 0 && html[tagEnd - 1] == '/';
            i = tagEnd + 1;
            if (!closing)
            {
                elements++;
                nesting += (long)open.Count * open.Count;
                if (elements > maxElements || nesting > maxNesting) return new HtmlShape(deepest, elements, nesting);
            }
            if (NotNesting.Contains(name)) continue;
            if (closing)
            {
                var at = open.FindLastIndex(n => n.Equals(name, StringComparison.OrdinalIgnoreCase));
                if (at >= 0) open.RemoveRange(at, open.Count - at);
                continue;
            }
            if (RawText.Contains(name))
            {
                var close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
                continue;
            }
            if (selfClosing) continue;
            open.Add(name);
            if (open.Count > deepest)
            {
                deepest = open.Count;
                if (deepest > maxDepth) return new HtmlShape(deepest, elements, nesting);
            }
        }
        return new HtmlShape(deepest, elements, nesting);
    }

    private static int SkipPast(string html, int from, string terminator)
    {
        var end = html.IndexOf(terminator, from + 2, StringComparison.Ordinal);
        return end < 0 ? html.Length : end + terminator.Length;
    }

    /// <summary>The index of the '&gt;' closing a tag, quotes respected; the end of the text when there is none.</summary>
    private static int TagEnd(string html, int from)
    {
        char quote = '\0';
        for (var j = from; j < html.Length; j++)
        {
            var c = html[j];
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return j;
            }
        }
        return html.Length;
    }
}
