using System.Text;
using AngleSharp.Dom;

namespace Platform.Formats.Html;

/// <summary>
/// The text of an element as the plain-text bulletins lay it out: block elements become paragraphs separated by
/// blank lines, &lt;br&gt; a line break, and markup whitespace means nothing.
/// </summary>
internal static class HtmlBlockText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "TR", "SECTION", "ARTICLE", "BLOCKQUOTE", "PRE", "TD", "TH", "FIGCAPTION",
        "TABLE", "UL", "OL", "DL", "DT", "DD", "HEADER", "FOOTER", "MAIN", "ADDRESS", "FIGURE", "HR",
    };

    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase)
    {
        "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "OBJECT", "HEAD", "TITLE", "BUTTON", "SELECT", "INPUT", "TEXTAREA",
    };

    /// <summary>The laid-out text; <paramref name="cancel"/> is checked at every element, as a page may be large.</summary>
    public static string Of(INode root, CancellationToken cancel)
    {
        var sb = new StringBuilder();
        Walk(root, sb, cancel);
        return CollapseBlankLines(sb.ToString());
    }

    private static void Walk(INode node, StringBuilder sb, CancellationToken cancel)
    {
        cancel.ThrowIfCancellationRequested();
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                sb.Append(text.Data.Replace('\n', ' ').Replace('\r', ' '));
            }
            else if (child is IElement element)
            {
                if (element.TagName == "BR")
                {
                    sb.Append('\n');
                    continue;
                }
                if (Invisible.Contains(element.TagName) || element.HasAttribute("hidden")) continue;
                var block = Blocks.Contains(element.TagName);
                if (block) sb.Append("\n\n");
                Walk(element, sb, cancel);
                if (block) sb.Append("\n\n");
            }
        }
    }

    /// <summary>Trims each line and keeps at most one blank line between paragraphs, as markup spacing means nothing.</summary>
    private static string CollapseBlankLines(string text)
    {
        var sb = new StringBuilder(text.Length);
        var blank = true;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim(' ', '\u00A0', '\u3000', '\t', '\r');
            if (line.Length == 0)
            {
                if (!blank) sb.Append('\n');
                blank = true;
                continue;
            }
            sb.Append(line).Append('\n');
            blank = false;
        }
        return sb.ToString().TrimEnd('\n');
    }
}
