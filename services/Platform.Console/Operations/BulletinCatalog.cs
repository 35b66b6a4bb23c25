using Microsoft.Extensions.Options;
using Platform.Contracts.Documents;
using Platform.Storage;

namespace Platform.OperatorConsole.Operations;

/// <summary>
/// The bulletins the console lists, newest first. The store port has no bulletin listing, so the catalog walks the
/// raw bulletins' ids (at most <see cref="ConsoleOptions.ScanLimit"/>, newest) and reads each parsed document.
/// </summary>
public sealed class BulletinCatalog(IDocumentStore store, IOptions<ConsoleOptions> options)
{
    public async Task<IReadOnlyList<BulletinRow>> ListAsync(CancellationToken ct)
    {
        var ids = await store.RawBulletins.ListIdsAsync(null, null, ct).ConfigureAwait(false);
        var rows = new List<BulletinRow>();
        foreach (var id in ids.Reverse().Take(options.Value.ScanLimit))
        {
            if (await RowAsync(id, ct).ConfigureAwait(false) is { } row) rows.Add(row);
        }
        return rows;
    }

    public async Task<BulletinRow?> RowAsync(string id, CancellationToken ct)
    {
        var bulletin = await store.Bulletins.GetAsync(id, ct).ConfigureAwait(false);
        if (bulletin is null)
        {
            var raw = await store.RawBulletins.GetReceiptAsync(id, ct).ConfigureAwait(false);
            return raw is null ? null : new BulletinRow(raw.Id, raw.SourceId, raw.ReceivedAt, Date(raw.PublishedAt), null, PipelineStatus.Received, 0, null, null);
        }
        var headline = bulletin.Masthead?.Publication is { } publication
            ? publication + (bulletin.Masthead.Issue is { } issue ? $" 第{issue}期" : "")
            : bulletin.ArticleIds.Count > 0 ? (await store.Articles.GetAsync(bulletin.ArticleIds[0], ct).ConfigureAwait(false))?.Title : null;
        var published = bulletin.Masthead?.Date;
        if (published is null) published = Date((await store.RawBulletins.GetReceiptAsync(id, ct).ConfigureAwait(false))?.PublishedAt);
        return new BulletinRow(bulletin.Id, bulletin.SourceId, bulletin.ReceivedAt, published, bulletin.Year, bulletin.Status, bulletin.ArticleIds.Count,
            bulletin.RejectReason, headline);
    }

    /// <summary>The bulletin's articles in reading order (those stored so far).</summary>
    public async Task<IReadOnlyList<Article>> ArticlesAsync(Bulletin bulletin, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        var articles = new List<Article>();
        foreach (var articleId in bulletin.ArticleIds)
        {
            if (await store.Articles.GetAsync(articleId, ct).ConfigureAwait(false) is { } a) articles.Add(a);
        }
        return articles;
    }

    private static DateOnly? Date(DateTimeOffset? at) => at is { } t ? DateOnly.FromDateTime(t.UtcDateTime) : null;
}
