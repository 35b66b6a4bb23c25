using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Platform.Formats.Docx;

/// <summary>Which paragraph styles of a document are headings: by name (Title, heading N, 标题 N) or outline level, inherited through basedOn.</summary>
internal sealed class WordStyles
{
    private readonly Dictionary<string, Style> _styles;
    private readonly Dictionary<string, bool> _heading = new(StringComparer.Ordinal);

    public WordStyles(MainDocumentPart main)
    {
        _styles = (main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
            .Where(s => s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public bool IsHeading(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        if (properties?.OutlineLevel?.Val?.Value is { } level && level < 9) return true;
        return properties?.ParagraphStyleId?.Val?.Value is { } id && IsHeadingStyle(id, 0);
    }

    private bool IsHeadingStyle(string id, int depth)
    {
        if (_heading.TryGetValue(id, out var known)) return known;
        var result = false;
        if (depth < 16 && _styles.TryGetValue(id, out var style))
        {
            var name = style.StyleName?.Val?.Value ?? id;
            result = name.StartsWith("heading", StringComparison.OrdinalIgnoreCase) || name.Equals("Title", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("标题", StringComparison.Ordinal)
                || style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is < 9
                || style.BasedOn?.Val?.Value is { } parent && IsHeadingStyle(parent, depth + 1);
        }
        else
        {
            result = id.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) || id.Equals("Title", StringComparison.OrdinalIgnoreCase);
        }
        _heading[id] = result;
        return result;
    }
}
