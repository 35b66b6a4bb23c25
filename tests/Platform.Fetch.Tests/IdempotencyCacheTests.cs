using Platform.Fetch.Idempotency;

namespace Platform.Fetch.Tests;

public sealed class IdempotencyCacheTests
{
    /// <summary>A clock the test moves by hand.</summary>
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void A_key_is_in_flight_until_completed_then_replays_until_it_expires()
    {
        var clock = new ManualClock();
        var cache = new IdempotencyCache(clock);
        Assert.Equal(IdempotencyVerdict.Proceed, cache.Claim("s", "k", "h1").Verdict);
        Assert.Equal(IdempotencyVerdict.InFlight, cache.Claim("s", "k", "h1").Verdict);
        Assert.Equal(IdempotencyVerdict.Reused, cache.Claim("s", "k", "h2").Verdict);
        Assert.Equal(IdempotencyVerdict.Proceed, cache.Claim("other-source", "k", "h2").Verdict);
        cache.Complete("s", "k", "id-1");
        Assert.Equal((IdempotencyVerdict.Replay, "id-1"), cache.Claim("s", "k", "h1"));
        clock.Now += IdempotencyCache.Window - TimeSpan.FromSeconds(1);
        Assert.Equal(IdempotencyVerdict.Replay, cache.Claim("s", "k", "h1").Verdict);
        clock.Now += TimeSpan.FromSeconds(1);
        Assert.Equal(IdempotencyVerdict.Proceed, cache.Claim("s", "k", "h2").Verdict);
    }

    [Fact]
    public void A_released_key_may_be_used_again_and_the_cache_stays_bounded()
    {
        var clock = new ManualClock();
        var cache = new IdempotencyCache(clock);
        Assert.Equal(IdempotencyVerdict.Proceed, cache.Claim("s", "k", "h1").Verdict);
        cache.Release("s", "k");
        Assert.Equal(IdempotencyVerdict.Proceed, cache.Claim("s", "k", "h2").Verdict);
        cache.Complete("s", "k", "id");
        for (var i = 0; i < IdempotencyCache.Capacity + 10; i++)
        {
            clock.Now += TimeSpan.FromMilliseconds(1);
            cache.Claim("s", "key-" + i, "h");
        }
        // The oldest key was evicted to stay within capacity: it is new again.
        Assert.Equal(IdempotencyVerdict.Proceed, cache.Claim("s", "k", "h3").Verdict);
    }
}
