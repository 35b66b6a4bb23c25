namespace Platform.Storage;

/// <summary>A named lease (collection <c>leases</c>).</summary>
/// <param name="Name">What the lease guards, e.g. "outbox-dispatch".</param>
/// <param name="Owner">The process holding it (host name, process id and a random suffix).</param>
/// <param name="ExpiresAt">When it lapses unless renewed.</param>
public sealed record Lease(string Name, string Owner, DateTimeOffset ExpiresAt);
