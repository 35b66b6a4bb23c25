namespace Platform.Enrichment.Regions;

/// <summary>What a scan of a text is for.</summary>
public enum ScanMode
{
    /// <summary>
    /// Collect the units the text names for certain into the context (an ambiguous name adds only what its
    /// readings share); names that need context are skipped, and nothing is reported.
    /// </summary>
    Anchors,
    /// <summary>Report every resolved mention, weighing ambiguous and short names against the context.</summary>
    Mentions,
}
