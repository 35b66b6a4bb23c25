using Platform.Storage;

namespace Platform.Hosting;

/// <summary>
/// One process's claim on a job that must run once however many replicas run it (outbox dispatch, webhook delivery):
/// the named lease in the store. The job calls <see cref="HoldAsync"/> before each round of work and does the round
/// only when it answers true; holding renews the lease, so the owner keeps it while it works and a crashed owner's
/// lease lapses after <paramref name="duration"/> for another replica to take. Each instance is its own owner.
/// </summary>
public sealed class SingleOwnerLease(IDocumentStore store, string name, TimeSpan duration, TimeProvider time)
{
    public string Name { get; } = name;

    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public Task<bool> HoldAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return store.Leases.TryAcquireAsync(Name, Owner, now, now + duration, cancellationToken);
    }

    /// <summary>Gives the lease up on a clean stop, so another replica takes over at once; never throws.</summary>
    public async Task ReleaseAsync()
    {
        try
        {
            await store.Leases.ReleaseAsync(Name, Owner).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The lease lapses on its own.
        }
    }
}
