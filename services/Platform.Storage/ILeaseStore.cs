namespace Platform.Storage;

/// <summary>
/// Named leases (collection <c>leases</c>): which process runs a job that must run once however many replicas there
/// are (outbox dispatch to the broker, webhook delivery, stalled-work recovery), and until when. An owner renews its
/// lease well before it expires and acts only while it holds it; a crashed owner's lease expires and another replica
/// takes over. Times are the callers' clocks, so replicas need clocks that agree to well within the lease duration.
/// </summary>
public interface ILeaseStore
{
    /// <summary>
    /// Takes or renews lease <paramref name="name"/> for <paramref name="owner"/> until <paramref name="until"/>: only
    /// when nobody holds it, its holder's lease expired before <paramref name="now"/>, or <paramref name="owner"/>
    /// holds it already. True when <paramref name="owner"/> holds it afterwards.
    /// </summary>
    Task<bool> TryAcquireAsync(string name, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default);

    /// <summary>Gives the lease up (a clean shutdown), so another replica need not wait for it to expire; nothing when another owner holds it.</summary>
    Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken = default);

    /// <summary>The lease as stored, or null when nobody ever took it.</summary>
    Task<Lease?> GetAsync(string name, CancellationToken cancellationToken = default);
}
