using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Platform.Fetch;

/// <summary>
/// Extracts the article text of an HTML page: drops scripts, styles, navigation and page chrome, and keeps
/// block elements as paragraphs separated by blank lines, as in the plain-text bulletins.
/// </summary>
public static class HtmlTextExtractor
{
    private static readonly string[] Chrome = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "template", "svg", "button", "select"];
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "TR", "SECTION", "ARTICLE", "BLOCKQUOTE", "PRE", "TD", "FIGCAPTION", "TABLE",
    };

    public static string Extract(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll(string.Join(',', Chrome)).ToArray()) element.Remove();
        foreach (var element in document.QuerySelectorAll("[role=navigation],[role=banner],[role=contentinfo],.nav,.menu,.breadcrumb,.footer,.header").ToArray()) element.Remove();
        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body ?? (INode)document;
        var sb = new StringBuilder();
        Walk(root, sb);
        return CollapseBlankLines(sb.ToString());
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

    private static void Walk(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                sb.Append(text.Data.Replace('\n', ' '));
            }
            else if (child is IElement { TagName: "BR" })
            {
                sb.Append('\n');
            }
            else if (child is IElement element)
            {
                var block = Blocks.Contains(element.TagName);
                if (block) sb.Append("\n\n");
                Walk(element, sb);
                if (block) sb.Append("\n\n");
            }
        }
    }
}
