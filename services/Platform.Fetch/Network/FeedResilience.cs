using System.Net.Http;
using Microsoft.Extensions.Http.Resilience;
using Platform.Fetch.Configuration;
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

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, FetchOptions options)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(options);
        var total = options.FeedRequestTimeout;
        pipeline
            .AddTimeout(total)
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(Math.Min(1000, total.TotalMilliseconds / 10)),
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
            })
            // Polls are minutes apart: a handful of failures over a few minutes is already a pattern.
            .AddCircuitBreaker(TransientHttpFailure.CircuitBreaker(0.5, 6, TimeSpan.FromMinutes(5), BreakDuration, IsTransient))
            // Half the request's deadline per attempt leaves room for the retry.
            .AddTimeout(total / 2);
    }

    /// <summary>
    /// Worth another attempt: the usual transient HTTP failures (connection errors, timeouts, 408, 429, 5xx), except a
    /// refusal by the connect guard, which would be refused again.
    /// </summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        TransientHttpFailure.Is(outcome, e => e is PullFailedException { IsRefusal: true });
}
