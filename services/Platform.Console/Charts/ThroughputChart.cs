using System.Globalization;
using System.Net;
using System.Text;

namespace Platform.OperatorConsole.Charts;

/// <summary>
/// Renders throughput series as an inline SVG bar chart on the server: one group of bars per bucket, a y axis
/// scaled to the largest count, and a &lt;title&gt; per bar so hovering (or a screen reader) gives the number.
/// </summary>
public static class ThroughputChart
{
    public const int Width = 720;
    public const int Height = 200;
    private const int Left = 36, Right = 8, Top = 10, Bottom = 28;
    private static readonly string[] Classes = ["series-a", "series-b", "series-c"];

    /// <param name="series">Series of equal length (one count per bucket).</param>
    /// <param name="bucketLabel">Label of the bucket at an index, e.g. "−40 min"; shown under every sixth-of-the-axis bucket.</param>
    /// <param name="caption">Accessible name of the chart.</param>
    public static string Render(IReadOnlyList<ThroughputSeries> series, Func<int, string> bucketLabel, string caption)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(bucketLabel);
        if (series.Count == 0 || series.Any(s => s.Counts.Count != series[0].Counts.Count))
            throw new ArgumentException("series must be non-empty and of equal length", nameof(series));
        var buckets = series[0].Counts.Count;
        var max = Math.Max(1, series.Max(s => s.Counts.Count == 0 ? 0 : s.Counts.Max()));
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var slot = (double)plotWidth / Math.Max(1, buckets);
        var bar = Math.Max(1, slot / series.Count - 1);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" viewBox=\"0 0 {Width} {Height}\" xmlns=\"http://www.w3.org/2000/svg\" aria-label=\"{Encode(caption)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Encode(caption)}</title>");
        foreach (var tick in new[] { 0, max / 2, max }.Distinct())
        {
            var y = Top + plotHeight - (double)tick / max * plotHeight;
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"axis\" x=\"{Left - 4}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{tick}</text>");
        }
        for (var b = 0; b < buckets; b++)
        {
            for (var s = 0; s < series.Count; s++)
            {
                var count = series[s].Counts[b];
                if (count == 0) continue;
                var h = (double)count / max * plotHeight;
                var x = Left + b * slot + s * (bar + 1);
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect class=\"bar {Classes[s % Classes.Length]}\" data-count=\"{count}\" x=\"{x:0.##}\" y=\"{Top + plotHeight - h:0.##}\" width=\"{bar:0.##}\" height=\"{h:0.##}\"><title>{Encode(series[s].Name)}: {count} ({Encode(bucketLabel(b))})</title></rect>");
            }
        }
        var every = Math.Max(1, buckets / 6);
        for (var b = 0; b < buckets; b += every)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"axis\" x=\"{Left + b * slot:0.#}\" y=\"{Height - 10}\">{Encode(bucketLabel(b))}</text>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
