using Microsoft.Extensions.Options;
using Platform.Hosting.Configuration;
using Platform.Hosting.Messaging;

namespace Platform.OperatorConsole.Failures;

/// <summary>
/// The console's redrive: the same <see cref="ErrorQueueRedrive"/> as <c>platform redrive</c>, on the host's own broker
/// settings. With the in-memory bus there are no error queues, so the button says why it is off.
/// </summary>
public sealed class BrokerErrorQueueRedrive(IOptions<TransportOptions> transport) : IErrorQueueRedrive
{
    public string? Unavailable => transport.Value.Kind == TransportKind.InMemory
        ? "the in-memory bus keeps no error queues: failed messages are retried in process and their bulletins listed above"
        : null;

    public async Task<long> RedriveAsync(string queue, CancellationToken cancellationToken)
    {
        if (Unavailable is { } reason) throw new NotSupportedException(reason);
        var results = await new ErrorQueueRedrive(transport.Value).RedriveAsync(queue, cancellationToken).ConfigureAwait(false);
        return results.Sum(r => (long)r.Moved);
    }
}
