using Platform.Contracts.Documents;
using Platform.Storage.Json;

namespace Platform.Storage;

/// <summary>Compares articles by what the parser made, ignoring pipeline bookkeeping (status, version).</summary>
public static class ArticleContent
{
    /// <summary>True when the parser's output is the same (enrichment and bookkeeping ignored).</summary>
    public static bool SameParse(Article stored, Article parsed)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(parsed);
        return StoredJson.Serialize(ParseOnly(stored)).AsSpan().SequenceEqual(StoredJson.Serialize(ParseOnly(parsed)));
    }

    private static Article ParseOnly(Article a) =>
        a with { Enrichment = null, EnrichmentVersion = null, Status = PipelineStatus.Parsed, Version = 0, Warnings = [] };
}
