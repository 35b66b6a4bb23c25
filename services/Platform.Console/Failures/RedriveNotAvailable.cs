namespace Platform.OperatorConsole.Failures;

/// <summary>The placeholder until the reliability work registers a real <see cref="IErrorQueueRedrive"/>.</summary>
public sealed class RedriveNotAvailable : IErrorQueueRedrive
{
    public string? Unavailable => "redrive is not available in this version (see platform redrive)";

    public Task<long> RedriveAsync(string queue, CancellationToken cancellationToken) =>
        throw new NotSupportedException(Unavailable);
}
