using System.Net;
using Platform.Hosting.Network;
using Polly;
using Polly.Timeout;

namespace Platform.Hosting.Tests;

/// <summary>Which outcomes of an outgoing request the resilience pipelines count as the other side's transient failure.</summary>
public sealed class TransientHttpFailureTests
{
    private sealed class Refused : Exception;

    public static TheoryData<string, Func<Outcome<HttpResponseMessage>>, bool> Outcomes => new()
    {
        { "connection refused by the other side", () => Outcome.FromException<HttpResponseMessage>(new HttpRequestException("Connection refused")), true },
        { "this side's refusal, wrapped by the handler", () => Outcome.FromException<HttpResponseMessage>(new HttpRequestException("wrapped", new Refused())), false },
        { "attempt timed out", () => Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException()), true },
        { "HTTP 503", () => Outcome.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)), true },
        { "HTTP 429", () => Outcome.FromResult(new HttpResponseMessage(HttpStatusCode.TooManyRequests)), true },
        { "HTTP 408", () => Outcome.FromResult(new HttpResponseMessage(HttpStatusCode.RequestTimeout)), true },
        { "HTTP 404", () => Outcome.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound)), false },
        { "HTTP 304", () => Outcome.FromResult(new HttpResponseMessage(HttpStatusCode.NotModified)), false },
        { "HTTP 200", () => Outcome.FromResult(new HttpResponseMessage(HttpStatusCode.OK)), false },
    };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void Only_transient_failures_of_the_other_side_count(string outcome, Func<Outcome<HttpResponseMessage>> make, bool counted)
    {
        var value = make();
        Assert.True(TransientHttpFailure.Is(value, e => e is Refused) == counted, outcome);
        value.Result?.Dispose();
    }
}
