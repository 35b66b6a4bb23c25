using Platform.Contracts.Documents;
using Platform.Storage;

namespace Platform.OperatorConsole.Operations;

/// <summary>Article counts and lists through the store's article query (pages of 500).</summary>
public sealed class ArticleCatalog(IDocumentStore store)
{
    private const int PageSize = 500;

    /// <summary>Every article in <paramref name="status"/> matching the filters, page by page.</summary>
    public async IAsyncEnumerable<Article> AllAsync(PipelineStatus status, string? regionPrefix, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        string? cursor = null;
        do
        {
            var page = await store.Articles.QueryAsync(new ArticleQuery(RegionPrefix: regionPrefix, Status: status, Cursor: cursor, Limit: PageSize), ct).ConfigureAwait(false);
            foreach (var article in page.Items) yield return article;
            cursor = page.NextCursor;
        }
        while (cursor is not null);
    }

    public async Task<IReadOnlyDictionary<PipelineStatus, int>> CountByStatusAsync(CancellationToken ct)
    {
        var counts = new Dictionary<PipelineStatus, int>();
        foreach (var status in Enum.GetValues<PipelineStatus>())
        {
            var n = 0;
            await foreach (var _ in AllAsync(status, null, ct).ConfigureAwait(false)) n++;
            counts[status] = n;
        }
        return counts;
    }

    /// <summary>Published articles per two-digit province code of their primary region ("00" for none).</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountByProvinceAsync(CancellationToken ct)
    {
        var counts = new Dictionary<string, int>();
        await foreach (var article in AllAsync(PipelineStatus.Published, null, ct).ConfigureAwait(false))
        {
            var code = article.Enrichment?.Regions.Primary?.Code is { Length: >= 2 } c ? c[..2] : "00";
            counts[code] = counts.GetValueOrDefault(code) + 1;
        }
        return counts;
    }

    public Task<Page<Article>> PageAsync(ArticleQuery query, CancellationToken ct) => store.Articles.QueryAsync(query, ct);
}
