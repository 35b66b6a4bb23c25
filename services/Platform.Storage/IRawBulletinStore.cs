namespace Platform.Storage;

/// <summary>The <c>raw_bulletins</c> collection: what fetch accepted, unique by SHA-256.</summary>
public interface IRawBulletinStore
{
    /// <summary>Stores the bulletin unless one with the same SHA-256 exists; never overwrites.</summary>
    Task<AddRawResult> AddAsync(RawBulletin bulletin, CancellationToken cancellationToken = default);

    Task<RawBulletin?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The bulletin's receipt without its bytes and text (which may be tens of megabytes), or null when none is stored.</summary>
    Task<RawBulletinReceipt?> GetReceiptAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Receipts of stored bulletins whose <c>BulletinReceived</c> was never confirmed, oldest first.</summary>
    Task<IReadOnlyList<RawBulletinReceipt>> ListUnannouncedAsync(int limit, CancellationToken cancellationToken = default);

    Task MarkAnnouncedAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stored bulletins without a parsed bulletin document (their <c>BulletinReceived</c> was lost or is still queued),
    /// received at or after <paramref name="receivedFrom"/>, oldest first: what stalled-work recovery announces again.
    /// </summary>
    Task<IReadOnlyList<UnparsedBulletin>> ListUnparsedAsync(DateTimeOffset receivedFrom, int limit, CancellationToken cancellationToken = default);

    /// <summary>Ids of stored bulletins received in [from, to], oldest first (for reprocessing).</summary>
    Task<IReadOnlyList<string>> ListIdsAsync(DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken = default);
}
