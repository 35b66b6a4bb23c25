using System.Net;
using Platform.Fetch.Network;
using Polly;
using Polly.Timeout;

namespace Platform.Fetch.Tests.Network;

/// <summary>Which outcomes of a feed request the resilience pipeline retries (and counts against the authority's circuit).</summary>
public sealed class FeedResilienceTests
{
    public static TheoryData<string, Func<Outcome<HttpResponseMessage>>, bool> Outcomes => new()
    {
        { "connection refused by the upstream", () => Outcome.FromException<HttpResponseMessage>(
            new HttpRequestException("wrapped", new PullFailedException("connection to 127.0.0.1:9 failed: Connection refused"))), true },
        { "address refused by the connect guard", () => Outcome.FromException<HttpResponseMessage>(
            new HttpRequestException("wrapped", new PullFailedException("refused: 10.0.0.1 is a private address") { IsRefusal = true })), false },
        { "attempt timed out", () => Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException()), true },
        { "HTTP 503", () => Outcome.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)), true },
        { "HTTP 429", () => Outcome.FromResult(new HttpResponseMessage(HttpStatusCode.TooManyRequests)), true },
        { "HTTP 404", () => Outcome.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound)), false },
        { "HTTP 304", () => Outcome.FromResult(new HttpResponseMessage(HttpStatusCode.NotModified)), false },
        { "HTTP 200", () => Outcome.FromResult(new HttpResponseMessage(HttpStatusCode.OK)), false },
    };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void Only_transient_failures_are_retried(string outcome, Func<Outcome<HttpResponseMessage>> make, bool retried)
    {
        var value = make();
        Assert.True(FeedResilience.IsTransient(value) == retried, outcome);
        value.Result?.Dispose();
    }
}
