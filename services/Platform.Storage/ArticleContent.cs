using System.Security.Cryptography;
using System.Text.Json;
using Platform.Contracts.Documents;

namespace Platform.Storage;

/// <summary>Compares articles by what consumers read, ignoring pipeline bookkeeping (status, version).</summary>
public static class ArticleContent
{
    /// <summary>True when the parser's output is the same (enrichment and bookkeeping ignored).</summary>
    public static bool SameParse(Article stored, Article parsed)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(parsed);
        return Json(ParseOnly(stored)) == Json(ParseOnly(parsed));
    }

    /// <summary>SHA-256 (hex) of the article as published, without status and version: equal hashes = nothing changed for consumers.</summary>
    public static string Hash(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var canonical = article with { Status = PipelineStatus.Published, Version = 0 };
        return Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(canonical, DocumentJson.Options)));
    }

    private static Article ParseOnly(Article a) =>
        a with { Enrichment = null, EnrichmentVersion = null, Status = PipelineStatus.Parsed, Version = 0, Warnings = [] };

    private static string Json(Article a) => JsonSerializer.Serialize(a, DocumentJson.Options);
}
