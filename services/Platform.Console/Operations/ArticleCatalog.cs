using Platform.Contracts.Documents;
using Platform.Storage;

namespace Platform.OperatorConsole.Operations;

/// <summary>Article counts (grouped by the store, not read and counted here) and pages of the store's article query.</summary>
public sealed class ArticleCatalog(IDocumentStore store)
{
    public async Task<IReadOnlyDictionary<PipelineStatus, int>> CountByStatusAsync(CancellationToken ct) =>
        (await store.Counts.ArticlesByStatusAsync(ct).ConfigureAwait(false)).ToDictionary(c => c.Key, c => checked((int)c.Value));

    /// <summary>Published articles per two-digit province code of their primary region ("00" for none).</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountByProvinceAsync(CancellationToken ct) =>
        (await store.Counts.PublishedByProvinceAsync(ct).ConfigureAwait(false)).ToDictionary(c => c.Key, c => checked((int)c.Value));

    public Task<Page<Article>> PageAsync(ArticleQuery query, CancellationToken ct) => store.Articles.QueryAsync(query, ct);
}
