using System.Globalization;
using System.Net;
using System.Text;
using Platform.OperatorConsole.Highlighting;

namespace Platform.OperatorConsole.Provenance;

/// <summary>
/// HTML for the source pane and its hover rules: every located span becomes an element tagged with its role and
/// item, and one CSS rule per item lights that item's spans while the item is hovered or focused (no script).
/// </summary>
public static class SourceMarkup
{
    public static string Render(string sourceText, IEnumerable<SourceSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var html = new StringBuilder();
        foreach (var segment in HighlightSegments.Split(sourceText, spans.Select(s => new HighlightRange<SourceSpan>(s.Offset, s.Length, s))))
        {
            var text = WebUtility.HtmlEncode(segment.Text);
            if (segment.Range?.Tag is not { } span)
            {
                html.Append(text);
                continue;
            }
            var role = span.Role.ToString().ToLowerInvariant();
            html.Append(CultureInfo.InvariantCulture,
                $"<span class=\"role-{role}\" data-role=\"{role}\" data-item=\"{span.Item}\" title=\"{WebUtility.HtmlEncode(span.Label)}\">{text}</span>");
        }
        return html.ToString();
    }

    /// <summary>For each item ordinal: while <c>.item[data-item=n]</c> is hovered or focused, its source spans are outlined.</summary>
    public static string HoverRules(IEnumerable<int> ordinals)
    {
        ArgumentNullException.ThrowIfNull(ordinals);
        var css = new StringBuilder();
        foreach (var n in ordinals.Distinct())
        {
            css.Append(CultureInfo.InvariantCulture,
                $".bulletin:has(.item[data-item=\"{n}\"]:is(:hover,:focus-within)) .source [data-item=\"{n}\"]{{outline:2px solid #f79009;background:#ffd591}}\n");
        }
        return css.ToString();
    }
}
