using System.Globalization;
using System.Text.RegularExpressions;

namespace Platform.Publish;

/// <summary>One publish the broker refused by closing the channel: the event, the reason, and the broker's size limit when it named one.</summary>
public sealed record BrokerRefusal(long Sequence, string Reason, int? BrokerMaxMessageBytes);

/// <summary>
/// Reads a channel the broker closed with 406 PRECONDITION_FAILED while a batch was in flight (issue 13 item 3). The
/// broker checks each publish in order and closes the channel at the first it refuses, with no negative confirm, so the
/// close itself is that event's refusal. "message size N is larger than configured max size M" names the event by its
/// body size (the broker measures the body alone) and the broker's real limit; any other 406 blames the earliest
/// unconfirmed event, which a later confirm clears if it was innocent. Any other close (an outage, a 320 shutdown) is
/// no refusal.
/// </summary>
public static partial class ChannelCloseRefusal
{
    public const ushort PreconditionFailed = 406;

    /// <summary>The refused event among <paramref name="unconfirmed"/> (in publish order), or null when the close was no refusal.</summary>
    public static BrokerRefusal? Culprit(ushort replyCode, string? replyText, IReadOnlyList<(long Sequence, int Bytes)> unconfirmed)
    {
        ArgumentNullException.ThrowIfNull(unconfirmed);
        if (replyCode != PreconditionFailed || unconfirmed.Count == 0) return null;
        var reason = $"channel closed by the broker: {replyCode} {replyText}";
        if (SizeRefusal().Match(replyText ?? "") is { Success: true } m
            && int.TryParse(m.Groups["size"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var size)
            && int.TryParse(m.Groups["max"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var max))
        {
            var culprit = unconfirmed.Where(e => e.Bytes == size).Select(e => (long?)e.Sequence).FirstOrDefault()
                ?? unconfirmed.Where(e => e.Bytes > max).Select(e => (long?)e.Sequence).FirstOrDefault()
                ?? unconfirmed[0].Sequence;
            return new BrokerRefusal(culprit, reason, max);
        }
        return new BrokerRefusal(unconfirmed[0].Sequence, reason, null);
    }

    [GeneratedRegex(@"message size (?<size>\d+) is larger than (?:configured )?max size (?<max>\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex SizeRefusal();
}
