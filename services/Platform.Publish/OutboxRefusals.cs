using System.Globalization;

namespace Platform.Publish;

/// <summary>
/// Decides which events leave the outbox for the quarantine, so that none can hold up the events after it (issue 13
/// item 3): an event over the broker's maximum message size, known before sending; and an event the broker refused
/// (a negative confirm) <c>quarantineAfter</c> times. A refusal of every event of a round of several is the broker
/// refusing everything (a full queue that rejects publishes, a resource alarm), not the events' content, and counts
/// for none of them. A broker outage (no connection, a lost channel) is no refusal at all: those events wait.
/// </summary>
public sealed class OutboxRefusals(int quarantineAfter, int brokerMaxMessageBytes)
{
    private readonly Dictionary<long, int> _refusals = [];

    /// <summary>Why an event body of <paramref name="bodyBytes"/> cannot be sent, or null when it fits the broker.</summary>
    public string? Oversize(int bodyBytes) => bodyBytes <= brokerMaxMessageBytes ? null : string.Create(CultureInfo.InvariantCulture,
        $"body of {bodyBytes} bytes is over the broker's maximum message size of {brokerMaxMessageBytes} bytes (Platform:Publish:BrokerMaxMessageBytes)");

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
            var count = _refusals[sequence] = _refusals.GetValueOrDefault(sequence) + 1;
            if (count < quarantineAfter) continue;
            _refusals.Remove(sequence);
            quarantined.Add((sequence, string.Create(CultureInfo.InvariantCulture, $"refused by the broker {count} times: {reason}")));
        }
        return quarantined;
    }
}
