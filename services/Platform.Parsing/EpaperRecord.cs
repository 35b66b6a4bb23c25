namespace Platform.Parsing;

/// <summary>
/// The record an e-paper system leaves at the end of a story page, printed as text when its comment markers are lost:
/// 2025-03-05 5 5 某某日报 content_201978.html 1 3 标题 /enpproperty-->. It names the paper and the day, like a page's
/// meta line (来源: 某某日报), so it is set aside as page meta, where enrichment reads the paper's place.
/// </summary>
internal static class EpaperRecord
{
    private const string Marker = "enpproperty";
    private const string ContentFile = "content_";

    public static bool Is(ReadOnlySpan<char> line) =>
        line.Contains(Marker, StringComparison.OrdinalIgnoreCase) && line.Contains(ContentFile, StringComparison.Ordinal);
}
