namespace Platform.OperatorConsole.Failures;

/// <summary>
/// Sends the messages that ended in <c>_error</c> queues back to their consumers (<see cref="BrokerErrorQueueRedrive"/>,
/// the mechanism of <c>platform redrive</c>). The Failures page shows error-queue depths from the broker's management
/// API, and the redrive button disabled with <see cref="Unavailable"/> when redrive cannot be offered.
/// </summary>
public interface IErrorQueueRedrive
{
    /// <summary>Why redrive cannot be offered, or null when it can.</summary>
    string? Unavailable { get; }

    /// <summary>Moves the messages of <paramref name="queue"/> back to their original queue; returns how many moved.</summary>
    Task<long> RedriveAsync(string queue, CancellationToken cancellationToken);
}
