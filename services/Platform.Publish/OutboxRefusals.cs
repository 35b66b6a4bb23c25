using System.Globalization;

namespace Platform.Publish;

/// <summary>
/// Decides which events leave the outbox for the quarantine, so that none can hold up the events after it (issue 13
/// item 3): an event over the broker's maximum message size, known before sending; and an event the broker refused
/// (a negative confirm) <c>quarantineAfter</c> times. A refusal of every event of a round of several is the broker
/// refusing everything (a full queue that rejects publishes, a resource alarm), not the events' content, and counts
/// for none of them. A broker outage (no connection, a lost channel) is no refusal at all: those events wait. A channel
/// the broker closed over one publish (<see cref="ChannelCloseRefusal"/>) counts for that event alone, and a size limit
/// the broker named there, when below the configured one, is applied to the events after it before sending.
/// </summary>
public sealed class OutboxRefusals(int quarantineAfter, int brokerMaxMessageBytes)
{
    private readonly Dictionary<long, int> _refusals = [];
    private int _maxMessageBytes = brokerMaxMessageBytes;
    private string _maxMessageSource = "Platform:Publish:BrokerMaxMessageBytes";

    /// <summary>Why an event body of <paramref name="bodyBytes"/> cannot be sent, or null when it fits the broker.</summary>
    public string? Oversize(int bodyBytes) => bodyBytes <= _maxMessageBytes ? null : string.Create(CultureInfo.InvariantCulture,
        $"body of {bodyBytes} bytes is over the broker's maximum message size of {_maxMessageBytes} bytes ({_maxMessageSource})");

    /// <summary>
    /// Counts one refusal the broker made by closing the channel; returns the quarantine reason when the count reached
    /// the limit or when the broker named a size limit below the configured one (the event can never fit), else null.
    /// </summary>
    public string? AfterChannelRefusal(BrokerRefusal refusal, int bodyBytes)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        if (refusal.BrokerMaxMessageBytes is { } max && max < _maxMessageBytes)
        {
            _maxMessageBytes = max;
            _maxMessageSource = "as the broker answered: " + refusal.Reason;
        }
        if (Oversize(bodyBytes) is { } oversize)
        {
            _refusals.Remove(refusal.Sequence);
            return oversize;
        }
        return Count(refusal.Sequence, refusal.Reason);
    }

    /// <summary>
    /// Records one round of <paramref name="sent"/> events and returns those to quarantine, with the reason: the refused
    /// ones whose refusals reached the limit.
    /// </summary>
    public IReadOnlyList<(long Sequence, string Reason)> AfterRound(int sent, IReadOnlyCollection<long> confirmed, IReadOnlyList<(long Sequence, string Reason)> refused)
    {
        ArgumentNullException.ThrowIfNull(confirmed);
        ArgumentNullException.ThrowIfNull(refused);
        foreach (var sequence in confirmed) _refusals.Remove(sequence);
        if (refused.Count == 0 || (confirmed.Count == 0 && sent > 1)) return [];
        var quarantined = new List<(long, string)>();
        foreach (var (sequence, reason) in refused)
        {
            if (Count(sequence, reason) is { } quarantine) quarantined.Add((sequence, quarantine));
        }
        return quarantined;
    }

    private string? Count(long sequence, string reason)
    {
        var count = _refusals[sequence] = _refusals.GetValueOrDefault(sequence) + 1;
        if (count < quarantineAfter) return null;
        _refusals.Remove(sequence);
        return string.Create(CultureInfo.InvariantCulture, $"refused by the broker {count} times: {reason}");
    }
}
