using MassTransit;
using Platform.Contracts.Messages;
using Platform.Contracts.Public;
using Platform.Storage;

namespace Platform.Publish;

/// <summary>Turns an internal rejection into the public <c>bulletin.rejected</c> event.</summary>
public sealed class BulletinRejectedConsumer(IDocumentStore store, EventAppender events) : IConsumer<BulletinRejected>
{
    public async Task Consume(ConsumeContext<BulletinRejected> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var bulletin = await store.Bulletins.GetRequiredAsync(context.Message.BulletinId, context.CancellationToken).ConfigureAwait(false);
        await events.AppendBulletinAsync(EventTypes.BulletinRejected, bulletin, context.CancellationToken).ConfigureAwait(false);
    }
}
