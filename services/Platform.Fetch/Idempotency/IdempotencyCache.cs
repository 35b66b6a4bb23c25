namespace Platform.Fetch.Idempotency;

/// <summary>
/// Idempotency keys of pushes (per source, 24 hours, bounded), in this process's memory. The store has no collection
/// for them and does not need one for safety: a retried identical body is recognised by content deduplication
/// anyway (200 with the same id), on any replica and after restarts. What the cache adds is the answer to a key
/// reused for a different body (422) and to a key still in flight (409); across replicas or a restart that check
/// is lost and the push is treated as new content.
/// </summary>
public sealed class IdempotencyCache(TimeProvider time)
{
    public const int Capacity = 10_000;
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    private readonly Dictionary<(string Source, string Key), Entry> _entries = [];
    private readonly Queue<((string Source, string Key) Key, DateTimeOffset CreatedAt)> _order = new();
    private readonly Lock _gate = new();

    /// <summary>Claims <paramref name="key"/> for a body with hash <paramref name="bodyHash"/>; on Replay the first bulletin id is returned.</summary>
    public (IdempotencyVerdict Verdict, string? BulletinId) Claim(string source, string key, string bodyHash)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            Evict(now);
            if (_entries.TryGetValue((source, key), out var entry) && now - entry.CreatedAt < Window)
            {
                if (entry.BodyHash != bodyHash) return (IdempotencyVerdict.Reused, null);
                return entry.BulletinId is null ? (IdempotencyVerdict.InFlight, null) : (IdempotencyVerdict.Replay, entry.BulletinId);
            }
            _entries[(source, key)] = new Entry(bodyHash, now, null);
            _order.Enqueue(((source, key), now));
            return (IdempotencyVerdict.Proceed, null);
        }
    }

    /// <summary>Records the bulletin the claimed push produced, so retries replay it.</summary>
    public void Complete(string source, string key, string bulletinId)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue((source, key), out var entry)) _entries[(source, key)] = entry with { BulletinId = bulletinId };
        }
    }

    /// <summary>Forgets a claim whose push was refused or failed, so the client may retry with the same key.</summary>
    public void Release(string source, string key)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue((source, key), out var entry) && entry.BulletinId is null) _entries.Remove((source, key));
        }
    }

    private void Evict(DateTimeOffset now)
    {
        while (_order.TryPeek(out var oldest) && (_order.Count > Capacity || now - oldest.CreatedAt >= Window || !IsCurrent(oldest)))
        {
            _order.Dequeue();
            if (IsCurrent(oldest)) _entries.Remove(oldest.Key);
        }
    }

    /// <summary>False when the queued key was released or replaced since (the queue keeps only insertion order).</summary>
    private bool IsCurrent(((string Source, string Key) Key, DateTimeOffset CreatedAt) queued) =>
        _entries.TryGetValue(queued.Key, out var entry) && entry.CreatedAt == queued.CreatedAt;

    private sealed record Entry(string BodyHash, DateTimeOffset CreatedAt, string? BulletinId);
}
