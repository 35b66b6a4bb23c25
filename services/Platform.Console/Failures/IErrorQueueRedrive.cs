namespace Platform.OperatorConsole.Failures;

/// <summary>
/// Seam for the reliability work (<c>platform redrive</c>, POST /v1/admin/redrive): lists the messages that ended in
/// <c>_error</c> queues or were quarantined, and sends them back. Until it lands, <see cref="RedriveNotAvailable"/>
/// is registered; the Failures page shows error-queue depths from the broker's management API and the redrive
/// button disabled with this reason.
/// </summary>
public interface IErrorQueueRedrive
{
    /// <summary>Why redrive cannot be offered, or null when it can.</summary>
    string? Unavailable { get; }

    /// <summary>Moves the messages of <paramref name="queue"/> back to their original queue; returns how many moved.</summary>
    Task<long> RedriveAsync(string queue, CancellationToken cancellationToken);
}
