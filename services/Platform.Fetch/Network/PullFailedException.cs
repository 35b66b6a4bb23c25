namespace Platform.Fetch.Network;

/// <summary>A pulled request that did not yield a usable response; the message is what <c>GET /v1/feeds</c> shows.</summary>
public sealed class PullFailedException : Exception
{
    public PullFailedException() { }

    public PullFailedException(string message) : base(message) { }

    public PullFailedException(string message, Exception inner) : base(message, inner) { }

    /// <summary>The connect guard refused the address: asking again gives the same answer, so it is never retried.</summary>
    public bool IsRefusal { get; init; }
}
