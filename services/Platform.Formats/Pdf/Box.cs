namespace Platform.Formats.Pdf;

/// <summary>An axis-aligned rectangle in PDF user space (y grows upwards).</summary>
internal readonly record struct Box(double Left, double Bottom, double Right, double Top)
{
    public double Width => Right - Left;

    public double Height => Top - Bottom;

    public bool OverlapsHorizontally(Box other) => Math.Min(Right, other.Right) > Math.Max(Left, other.Left);

    public double VerticalOverlap(Box other) => Math.Min(Top, other.Top) - Math.Max(Bottom, other.Bottom);

    public Box Union(Box other) => new(Math.Min(Left, other.Left), Math.Min(Bottom, other.Bottom), Math.Max(Right, other.Right), Math.Max(Top, other.Top));
}
