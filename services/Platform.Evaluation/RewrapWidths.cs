using System.Globalization;

namespace Platform.Evaluation;

/// <summary>The range of column widths <see cref="ColumnRewrap"/> draws from, as given on the command line (<c>16-30</c>).</summary>
public readonly record struct RewrapWidths(int Min, int Max)
{
    /// <summary>Narrower columns cut every clause apart and no real page prints them.</summary>
    public const int Narrowest = 4;

    /// <summary>Reads <c>min-max</c> (or a single width); <paramref name="error"/> says what is wrong otherwise.</summary>
    public static bool TryParse(string text, out RewrapWidths widths, out string? error)
    {
        widths = default;
        error = null;
        var parts = (text ?? "").Split('-');
        if (parts.Length is < 1 or > 2 ||
            !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var min) ||
            !int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var max))
        {
            error = $"--rewrap must be <min>-<max> column widths in characters (e.g. 16-30), not '{text}'";
            return false;
        }
        if (min < Narrowest || max < min)
        {
            error = $"--rewrap widths must satisfy {Narrowest} <= min <= max, not '{text}'";
            return false;
        }
        widths = new RewrapWidths(min, max);
        return true;
    }
}
