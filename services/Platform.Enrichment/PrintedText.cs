namespace Platform.Enrichment;

/// <summary>
/// Enrichers read a simplified copy of the article (same length, same offsets); names, dates and figures are
/// reported as printed by cutting them from the original text at the offsets where they were found (袁燦, not 袁灿).
/// </summary>
public static class PrintedText
{
    /// <summary>The characters of <paramref name="original"/> under <paramref name="found"/> at <paramref name="offset"/>, or <paramref name="found"/> itself when they cannot line up.</summary>
    public static string At(string original, int offset, string found)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(found);
        if (offset < 0 || offset + found.Length > original.Length) return found;
        return string.CompareOrdinal(original, offset, found, 0, found.Length) == 0 ? found : original.Substring(offset, found.Length);
    }
}
