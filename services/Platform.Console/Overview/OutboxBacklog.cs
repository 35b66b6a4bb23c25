using Microsoft.Extensions.Configuration;
using Platform.Storage;

namespace Platform.OperatorConsole.Overview;

/// <summary>
/// Events not yet confirmed by the broker. Only meaningful when the publish stage dispatches to RabbitMQ
/// (<c>Platform:Publish:DispatchToBroker</c>); otherwise nothing ever drains the outbox and null is returned.
/// </summary>
public sealed class OutboxBacklog(IDocumentStore store, IConfiguration configuration)
{
    public const int Cap = 1000;

    public bool Dispatching => configuration.GetValue<bool>("Platform:Publish:DispatchToBroker");

    /// <summary>Undispatched events, up to <see cref="Cap"/> + 1 (more reads as "over the cap"); null when not dispatching.</summary>
    public async Task<int?> CountAsync(CancellationToken ct) =>
        Dispatching ? (await store.Events.ListUndispatchedAsync(Cap + 1, ct).ConfigureAwait(false)).Count : null;
}
