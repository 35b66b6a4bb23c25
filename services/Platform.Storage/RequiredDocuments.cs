using Platform.Contracts.Documents;

namespace Platform.Storage;

/// <summary>
/// Reads a consumer's message points at: the document must exist (it was stored before the message was sent), so a
/// missing one is an error that the bus retries and finally parks in the error queue.
/// </summary>
public static class RequiredDocuments
{
    public static async Task<RawBulletin> GetRequiredAsync(this IRawBulletinStore store, string id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        return await store.GetAsync(id, ct).ConfigureAwait(false) ?? throw Missing("Raw bulletin", id);
    }

    public static async Task<Bulletin> GetRequiredAsync(this IBulletinStore store, string id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        return await store.GetAsync(id, ct).ConfigureAwait(false) ?? throw Missing("Bulletin", id);
    }

    public static async Task<Article> GetRequiredAsync(this IArticleStore store, string id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        return await store.GetAsync(id, ct).ConfigureAwait(false) ?? throw Missing("Article", id);
    }

    /// <summary>Every article the query matches, all pages (a bulletin may hold more than one page of items).</summary>
    public static async Task<IReadOnlyList<Article>> QueryAllAsync(this IArticleStore store, ArticleQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        var all = new List<Article>();
        string? cursor = null;
        do
        {
            var page = await store.QueryAsync(query with { Cursor = cursor, Limit = 500 }, ct).ConfigureAwait(false);
            all.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        return all;
    }

    private static InvalidOperationException Missing(string what, string id) => new($"{what} {id} is not in the store.");
}
