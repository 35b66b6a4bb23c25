using MassTransit;
using Platform.Contracts.Messages;
using Platform.Storage;

namespace Platform.OperatorConsole.Operations;

/// <summary>
/// Re-runs parse and enrich for a stored bulletin by announcing it again, as <c>platform reprocess</c> does: changed
/// articles are published as <c>article.updated</c>, unchanged ones emit nothing. On RabbitMQ the running parse
/// service picks the announcement up; in the embedded host this process does.
/// </summary>
public sealed class BulletinReprocessor(IDocumentStore store, IBus bus)
{
    /// <summary>False when no raw bulletin with this id is stored.</summary>
    public async Task<bool> ReprocessAsync(string bulletinId, CancellationToken ct)
    {
        var raw = await store.RawBulletins.GetReceiptAsync(bulletinId, ct).ConfigureAwait(false);
        if (raw is null) return false;
        await bus.Publish(new BulletinReceived(raw.Id, raw.SourceId, raw.Sha256, raw.ReceivedAt), ct).ConfigureAwait(false);
        return true;
    }
}
