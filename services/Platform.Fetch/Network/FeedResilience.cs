using Microsoft.Extensions.Http.Resilience;
using Platform.Hosting.Network;
using Polly;

namespace Platform.Fetch.Network;

/// <summary>
/// The resilience pipeline of each request hop of a pulled feed (one pipeline per authority, so one failing site cannot
/// open the circuit of another). A feed GET is idempotent, so a transient failure is retried once inside the poll; what
/// fails after that is the poll's failure, and the persisted feed backoff (<see cref="Feeds.FeedRun"/>) schedules the next one.
/// </summary>
public static class FeedResilience
{
    /// <summary>Retries inside one poll; more would only delay the persisted backoff.</summary>
    public const int Retries = 1;

    /// <summary>How long an open circuit holds the requests to its authority.</summary>
    public static readonly TimeSpan BreakDuration = TimeSpan.FromMinutes(1);

    /// <remarks>
    /// Time is bounded outside the pipeline: <see cref="GuardedHttpClient"/> gives the whole request (every hop, every
    /// attempt, the body) one deadline, <c>FeedRequestTimeout</c>, so a slow attempt may use all of it and a retry only
    /// follows a failure that left time.
    /// </remarks>
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(200),
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
            })
            // Open only when most requests to a site fail: one slow or broken URL must not hold the site's other feeds.
            .AddCircuitBreaker(TransientHttpFailure.CircuitBreaker(0.8, 20, TimeSpan.FromMinutes(5), BreakDuration, IsTransient));
    }

    /// <summary>
    /// Worth another attempt: the usual transient HTTP failures (connection errors, 408, 429, 5xx), except a
    /// refusal by the connect guard, which would be refused again.
    /// </summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        TransientHttpFailure.Is(outcome, e => e is PullFailedException { IsRefusal: true });
}
