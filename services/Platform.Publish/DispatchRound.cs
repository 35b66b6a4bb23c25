namespace Platform.Publish;

/// <summary>What the broker answered for one batch of events.</summary>
/// <param name="Confirmed">Sequences the broker confirmed.</param>
/// <param name="Refused">Sequences it refused (negative confirm), with what it answered.</param>
/// <param name="Failure">The first error of the batch (a refusal or a lost channel), a <see cref="TimeoutException"/> when confirms stopped coming, or null when all were confirmed.</param>
/// <param name="Published">Every event of the batch with the publish sequence number the channel sent it under.</param>
internal sealed record DispatchRound(List<long> Confirmed, List<(long Sequence, string Reason)> Refused, Exception? Failure, List<ChannelPublish> Published)
{
    /// <summary>Sequences the broker answered for, with a confirm or a nack.</summary>
    public IReadOnlySet<long> Settled => Confirmed.Concat(Refused.Select(r => r.Sequence)).ToHashSet();
}
