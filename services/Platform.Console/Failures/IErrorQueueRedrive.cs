namespace Platform.OperatorConsole.Failures;

/// <summary>
/// The <c>_error</c> queues of the platform's consumers and the redrive that sends their messages back
/// (<see cref="BrokerErrorQueueRedrive"/>, the mechanism of <c>platform redrive</c>). The Failures page lists the queues
/// with a redrive button each, or says <see cref="Unavailable"/> when redrive cannot be offered.
/// </summary>
public interface IErrorQueueRedrive
{
    /// <summary>Why redrive cannot be offered, or null when it can.</summary>
    string? Unavailable { get; }

    /// <summary>Each consumer's error queue and the messages waiting in it (0 for one never declared).</summary>
    Task<IReadOnlyList<ErrorQueue>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Moves the messages of <paramref name="queue"/> back to their original queue; returns how many moved.</summary>
    Task<long> RedriveAsync(string queue, CancellationToken cancellationToken);
}
