using System.Globalization;
using System.Net;
using System.Text;

namespace Platform.OperatorConsole.Map;

/// <summary>
/// Renders the tile map as inline SVG: one linked square per province, shaded by its article count (five steps,
/// so the scale reads at a glance), the selected one outlined. Each tile is a link, so it works without script
/// and by keyboard.
/// </summary>
public static class ProvinceTileMap
{
    public const int Tile = 56;
    private const int Gap = 4;

    /// <param name="counts">Articles per two-digit province code.</param>
    /// <param name="selected">Code of the selected province, or null.</param>
    /// <param name="link">URL a tile links to, given its code.</param>
    public static string Render(IReadOnlyDictionary<string, int> counts, string? selected, Func<string, string> link)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(link);
        var max = counts.Count == 0 ? 0 : counts.Values.Max();
        var size = ProvinceTiles.Columns * (Tile + Gap);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"tile-map\" viewBox=\"0 0 {size} {ProvinceTiles.Rows * (Tile + Gap)}\" xmlns=\"http://www.w3.org/2000/svg\" role=\"group\" aria-label=\"Articles per province\">");
        foreach (var tile in ProvinceTiles.All)
        {
            var count = counts.GetValueOrDefault(tile.Code);
            var x = tile.Column * (Tile + Gap);
            var y = tile.Row * (Tile + Gap);
            var label = $"{tile.Name}: {count} article{(count == 1 ? "" : "s")}";
            var css = $"tile shade-{Shade(count, max)}{(tile.Code == selected ? " selected" : "")}";
            svg.Append(CultureInfo.InvariantCulture,
                $"<a href=\"{WebUtility.HtmlEncode(link(tile.Code))}\" class=\"{css}\" data-code=\"{tile.Code}\" data-count=\"{count}\" aria-label=\"{WebUtility.HtmlEncode(label)}\">");
            svg.Append(CultureInfo.InvariantCulture, $"<title>{WebUtility.HtmlEncode(label)}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y}\" width=\"{Tile}\" height=\"{Tile}\" rx=\"6\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + Tile / 2}\" y=\"{y + 26}\" text-anchor=\"middle\" class=\"tile-name\">{tile.Short}</text>");
            if (count > 0) svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + Tile / 2}\" y=\"{y + 46}\" text-anchor=\"middle\" class=\"tile-count\">{count}</text>");
            svg.Append("</a>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>0 for none, else 1–4 by quarter of the largest count.</summary>
    public static int Shade(int count, int max) => count <= 0 || max <= 0 ? 0 : Math.Clamp((int)Math.Ceiling(4.0 * count / max), 1, 4);
}
