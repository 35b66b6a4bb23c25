using Platform.Contracts.Documents;

namespace Platform.Storage;

/// <summary>Compare-and-set writes that turn a version conflict into <see cref="ConcurrencyConflictException"/>.</summary>
public static class DocumentWrites
{
    /// <summary>Writes <paramref name="bulletin"/> over <paramref name="existing"/> (null = must not exist yet).</summary>
    public static async Task<long> PutAsync(this IBulletinStore store, Bulletin bulletin, Bulletin? existing, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(bulletin);
        var result = await store.UpsertAsync(bulletin, existing?.Version ?? 0, ct).ConfigureAwait(false);
        return result.Succeeded ? result.Version : throw new ConcurrencyConflictException($"bulletin {bulletin.Id} changed concurrently (now version {result.Version})");
    }

    /// <summary>Writes <paramref name="article"/> over <paramref name="existing"/> (null = must not exist yet).</summary>
    public static async Task<long> PutAsync(this IArticleStore store, Article article, Article? existing, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(article);
        var result = await store.UpsertAsync(article, existing?.Version ?? 0, ct).ConfigureAwait(false);
        return result.Succeeded ? result.Version : throw new ConcurrencyConflictException($"article {article.Id} changed concurrently (now version {result.Version})");
    }
}
