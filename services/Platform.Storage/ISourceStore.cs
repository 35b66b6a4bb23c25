namespace Platform.Storage;

/// <summary>The <c>sources</c> collection: API keys of upstream feeds, stored hashed.</summary>
public interface ISourceStore
{
    /// <summary>Adds the source; false when the id is taken.</summary>
    Task<bool> AddAsync(Source source, CancellationToken cancellationToken = default);

    Task<Source?> FindByKeyHashAsync(string keyHash, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Source>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Revokes the source's key; false when no such source.</summary>
    Task<bool> RevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default);
}
