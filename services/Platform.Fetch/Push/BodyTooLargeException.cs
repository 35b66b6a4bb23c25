namespace Platform.Fetch.Push;

/// <summary>A request body went past the limit while it was being read (<see cref="BodyLimitStream"/>).</summary>
public sealed class BodyTooLargeException : IOException
{
    public BodyTooLargeException() { }

    public BodyTooLargeException(string message) : base(message) { }

    public BodyTooLargeException(string message, Exception inner) : base(message, inner) { }

    public BodyTooLargeException(long max) : base($"The body exceeds the limit of {max} bytes.") => Max = max;

    public long Max { get; }
}
