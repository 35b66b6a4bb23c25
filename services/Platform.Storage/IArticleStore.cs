using Platform.Contracts.Documents;

namespace Platform.Storage;

/// <summary>The <c>articles</c> collection.</summary>
public interface IArticleStore
{
    Task<Article?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the article if the stored version equals <paramref name="expectedVersion"/> (0 = must not exist yet).
    /// The stored document's version becomes expectedVersion + 1, whatever <see cref="Article.Version"/> says.
    /// </summary>
    Task<WriteResult> UpsertAsync(Article article, long expectedVersion, CancellationToken cancellationToken = default);

    Task<Page<Article>> QueryAsync(ArticleQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Ids of the bulletin's articles in <paramref name="status"/>, without reading the documents: the publish stage
    /// asks after every article whether its bulletin is complete.
    /// </summary>
    Task<IReadOnlySet<string>> ListIdsAsync(string bulletinId, PipelineStatus status, CancellationToken cancellationToken = default);

    /// <summary>Articles whose fingerprint shares at least one 16-bit band with <paramref name="fingerprint"/>, outside <paramref name="excludeBulletinId"/>.</summary>
    Task<IReadOnlyList<FingerprintMatch>> FindFingerprintCandidatesAsync(ulong fingerprint, string excludeBulletinId, int limit, CancellationToken cancellationToken = default);
}
