namespace Platform.Fetch.Idempotency;

/// <summary>What to do with a push carrying an <c>Idempotency-Key</c>.</summary>
public enum IdempotencyVerdict
{
    /// <summary>Key not seen (or expired): process the push, then complete or release the key.</summary>
    Proceed,
    /// <summary>Same key, same body, already answered: answer 200 with the first bulletin id.</summary>
    Replay,
    /// <summary>Same key, different body: 422, the client reused a key for another request.</summary>
    Reused,
    /// <summary>Same key still being processed by a concurrent request: 409, retry shortly.</summary>
    InFlight,
}
