namespace Platform.Storage;

/// <summary>
/// The <c>data_protection_keys</c> collection: ASP.NET Core's data-protection keys, each an XML element under a unique
/// name. Every replica on one store reads the same ring, so a cookie or antiforgery token issued by one is accepted by
/// the others.
/// </summary>
public interface IKeyRingStore
{
    /// <summary>Every stored key element, oldest first.</summary>
    Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores a key element; a name stored before keeps its first element (keys are never rewritten).</summary>
    Task AddAsync(string name, string xml, CancellationToken cancellationToken = default);
}
