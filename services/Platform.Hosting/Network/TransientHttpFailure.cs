using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Platform.Hosting.Network;

/// <summary>
/// What the platform's HttpClient resilience pipelines (feeds, webhooks) count as a failure of the other side, and the
/// circuit breaker they count it with.
/// </summary>
public static class TransientHttpFailure
{
    /// <summary>
    /// A transient failure (connection error, timeout, 408, 429, 5xx) that is not this side's own refusal: an address
    /// guard saying no gives the same answer every time, and says nothing about the other side.
    /// </summary>
    public static bool Is(Outcome<HttpResponseMessage> outcome, Func<Exception, bool> isRefusal)
    {
        ArgumentNullException.ThrowIfNull(isRefusal);
        for (var e = outcome.Exception; e is not null; e = e.InnerException)
        {
            if (isRefusal(e)) return false;
        }
        return HttpClientResiliencePredicates.IsTransient(outcome);
    }

    /// <summary>A circuit breaker that opens on <paramref name="failureRatio"/> of at least <paramref name="minimumThroughput"/> outcomes in <paramref name="samplingDuration"/> being <paramref name="failure"/>s.</summary>
    public static HttpCircuitBreakerStrategyOptions CircuitBreaker(double failureRatio, int minimumThroughput, TimeSpan samplingDuration,
        TimeSpan breakDuration, Func<Outcome<HttpResponseMessage>, bool> failure) => new()
    {
        FailureRatio = failureRatio,
        MinimumThroughput = minimumThroughput,
        SamplingDuration = samplingDuration,
        BreakDuration = breakDuration,
        ShouldHandle = args => ValueTask.FromResult(failure(args.Outcome)),
    };
}
