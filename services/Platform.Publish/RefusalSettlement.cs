namespace Platform.Publish;

/// <summary>
/// What becomes of a round's unsettled events (neither confirmed nor nacked) when the channel closed (issue 13 item 3).
/// The broker handles a channel's publishes in the order they were sent and closes it at the first it refuses, so on a
/// 406 that names the refused event by its size, every publish sent before that event was received and routed: its
/// confirm was lost with the channel, not the message. Those are <see cref="Delivered"/>; resending them would put them
/// on the exchange twice. The others (sent after it, or never sent) are to <see cref="Resend"/>. Any other close, or a
/// 406 whose event is not known for sure, settles nothing: every unsettled event is resent (at-least-once). The refused
/// event itself is in neither list; <see cref="OutboxRefusals"/> decides about it.
/// </summary>
public sealed record RefusalSettlement(IReadOnlyList<long> Delivered, IReadOnlyList<long> Resend)
{
    /// <param name="published">The round's events with the publish sequence number the channel gave each.</param>
    /// <param name="settled">Outbox sequences the broker confirmed or nacked.</param>
    /// <param name="refusal">The publish that made the broker close the channel, or null when it was no refusal.</param>
    public static RefusalSettlement Settle(IReadOnlyList<ChannelPublish> published, IReadOnlySet<long> settled, BrokerRefusal? refusal)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(settled);
        var unsettled = InSendOrder(published.Where(e => !settled.Contains(e.Sequence)), published);
        var culprit = unsettled.FirstOrDefault(e => e.Sequence == refusal?.Sequence);
        var sentBefore = refusal is { BrokerMaxMessageBytes: { } max } && culprit.Bytes > max && culprit.PublishSequence is { } c
            ? unsettled.TakeWhile(e => e.PublishSequence < c).Select(e => e.Sequence).ToList()
            : [];
        var resend = unsettled.Select(e => e.Sequence).Where(s => s != refusal?.Sequence).Except(sentBefore).ToList();
        return new RefusalSettlement(sentBefore, resend);
    }

    /// <summary>
    /// <paramref name="events"/> in the order the channel sent them; those without a trustworthy publish sequence number
    /// come last, in their given order, with none. A number held by two events of the <paramref name="round"/> is not
    /// trusted: the client takes a number back when the send failed, and gives it to the next publish.
    /// </summary>
    public static IReadOnlyList<ChannelPublish> InSendOrder(IEnumerable<ChannelPublish> events, IReadOnlyList<ChannelPublish> round)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(round);
        var shared = round.Where(e => e.PublishSequence is not null).GroupBy(e => e.PublishSequence).Where(g => g.Count() > 1)
            .Select(g => g.Key).ToHashSet();
        return events.Select(e => shared.Contains(e.PublishSequence) ? e with { PublishSequence = null } : e)
            .OrderBy(e => e.PublishSequence is null).ThenBy(e => e.PublishSequence).ToList();
    }
}
