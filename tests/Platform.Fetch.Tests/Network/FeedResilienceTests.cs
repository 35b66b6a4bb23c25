using Platform.Fetch.Network;
using Polly;

namespace Platform.Fetch.Tests.Network;

/// <summary>What the feed pipeline retries: a failed connection yes, the connect guard's refusal never (it would be refused again).</summary>
public sealed class FeedResilienceTests
{
    private static Outcome<HttpResponseMessage> Wrapped(PullFailedException inner) =>
        Outcome.FromException<HttpResponseMessage>(new HttpRequestException("wrapped by the handler", inner));

    [Fact]
    public void A_failed_connection_is_retried_and_a_refused_address_is_not()
    {
        Assert.True(FeedResilience.IsTransient(Wrapped(new PullFailedException("connection to 127.0.0.1:9 failed: Connection refused"))));
        Assert.False(FeedResilience.IsTransient(Wrapped(new PullFailedException("refused: 10.0.0.1 is a private address") { IsRefusal = true })));
    }
}
