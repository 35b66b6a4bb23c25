using Platform.Storage;

namespace Platform.Hosting;

/// <summary>
/// Whether the store takes writes, as readiness reports it (issue 13 item 2): a SQLite file another process holds
/// write-locked answers pings but stalls every consumer. The answer is cached for <see cref="CacheFor"/> so frequent
/// probes cost one lock attempt a second, and a write lock counts as an outage only once writes have failed for
/// <see cref="Grace"/>, because under load the lock is held for moments all the time.
/// </summary>
public sealed class StoreWritability(IDocumentStore store, TimeProvider time)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(3);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private DateTimeOffset _checkedAt = DateTimeOffset.MinValue;
    private DateTimeOffset? _failingSince;
    private string? _lastError;

    /// <summary>Null when the store takes writes (or has failed for less than <see cref="Grace"/>); else why not.</summary>
    public async Task<string?> ProblemAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = time.GetUtcNow();
            if (now - _checkedAt >= CacheFor)
            {
                try
                {
                    await store.CheckWritableAsync(cancellationToken).ConfigureAwait(false);
                    _failingSince = null;
                }
                catch (StoreUnavailableException ex)
                {
                    _failingSince ??= now;
                    _lastError = ex.Message;
                }
                _checkedAt = now;
            }
            return IsOutage(_failingSince, now) ? "store takes no writes: " + _lastError : null;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Writes failing since <paramref name="failingSince"/> (null: the last check succeeded) are an outage at <paramref name="now"/>.</summary>
    public static bool IsOutage(DateTimeOffset? failingSince, DateTimeOffset now) => failingSince is { } since && now - since >= Grace;
}
