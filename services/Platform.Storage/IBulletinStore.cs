using Platform.Contracts.Documents;

namespace Platform.Storage;

/// <summary>The <c>bulletins</c> collection.</summary>
public interface IBulletinStore
{
    Task<Bulletin?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the bulletin if the stored version equals <paramref name="expectedVersion"/> (0 = must not exist yet).
    /// The stored document's version becomes expectedVersion + 1, whatever <see cref="Bulletin.Version"/> says.
    /// </summary>
    Task<WriteResult> UpsertAsync(Bulletin bulletin, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>
    /// Bulletins still on their way through the pipeline (neither published nor rejected) with ids after
    /// <paramref name="afterId"/> (null: from the first), by id: what stalled-work recovery looks at.
    /// </summary>
    Task<IReadOnlyList<Bulletin>> ListUnfinishedAsync(string? afterId, int limit, CancellationToken cancellationToken = default);
}
