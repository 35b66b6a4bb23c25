using System.Globalization;

namespace Platform.Publish.Tests.Events;

/// <summary>
/// Which unconfirmed events of a channel the broker closed are taken as delivered and which go out again: those sent
/// before an event a 406 named by its size were routed; everything else is resent.
/// </summary>
public sealed class RefusalSettlementTests
{
    private const int Max = 131072;
    private const int Big = 262158;
    private static readonly BrokerRefusal SizeRefusal = new(13, "channel closed by the broker: 406 PRECONDITION_FAILED - message size 262158 is larger than configured max size 131072", Max);
    private static readonly BrokerRefusal OtherRefusal = new(13, "channel closed by the broker: 406 PRECONDITION_FAILED - invalid expiration", null);

    public static TheoryData<string, string, string, BrokerRefusal?, string, string> Rounds => new()
    {
        // case, events as sequence:bytes:publish-sequence (- = never sent), settled, refusal, delivered, resent
        { "sent before the refused event, unconfirmed", "10:9:1 11:9:2 12:9:3 13:B:4 14:9:5", "10", SizeRefusal, "11 12", "14" },
        { "send order, not outbox order, decides", "10:9:3 11:9:1 12:9:5 13:B:2 14:9:4", "", SizeRefusal, "11", "10 14 12" },
        { "never sent", "10:9:1 13:B:2 11:9:- 12:9:3", "", SizeRefusal, "10", "12 11" },
        { "a number two events hold is not trusted", "10:9:1 11:9:2 12:9:2 13:B:3", "", SizeRefusal, "10", "11 12" },
        { "the refused event shares its number", "10:9:1 11:9:2 13:B:2", "", SizeRefusal, "", "10 11" },
        { "a refused event never sent", "10:9:1 13:B:-", "", SizeRefusal, "", "10" },
        { "a refused event within the named limit is no sure culprit", "10:9:1 13:9:2 14:9:3", "", SizeRefusal, "", "10 14" },
        { "a 406 that names no size", "10:9:1 11:9:2 13:B:3 14:9:4", "", OtherRefusal, "", "10 11 14" },
        { "a lost channel", "10:9:1 11:9:2 13:B:3 14:9:4", "10", null, "", "11 13 14" },
        { "nothing unconfirmed but the refused event", "10:9:1 11:9:2 13:B:3", "10 11", SizeRefusal, "", "" },
    };

    [Theory]
    [MemberData(nameof(Rounds))]
    public void Only_events_sent_before_the_event_a_size_406_names_are_taken_as_delivered(string @case, string events, string settled, BrokerRefusal? refusal, string delivered, string resent)
    {
        var settlement = RefusalSettlement.Settle(Parse(events), Sequences(settled).ToHashSet(), refusal);
        Assert.True(Sequences(delivered).SequenceEqual(settlement.Delivered), $"{@case}: delivered {string.Join(' ', settlement.Delivered)}");
        Assert.True(Sequences(resent).SequenceEqual(settlement.Resend), $"{@case}: resent {string.Join(' ', settlement.Resend)}");
    }

    [Fact]
    public void Events_without_a_trusted_number_come_last_in_their_given_order()
    {
        var round = Parse("20:9:- 21:9:4 22:9:2 23:9:- 24:9:2 25:9:1");
        Assert.Equal([25L, 21, 20, 22, 23, 24], RefusalSettlement.InSendOrder(round, round).Select(e => e.Sequence));
    }

    private static List<ChannelPublish> Parse(string events) => events.Split(' ').Select(e => e.Split(':')).Select(p =>
        new ChannelPublish(long.Parse(p[0], CultureInfo.InvariantCulture), p[1] == "B" ? Big : int.Parse(p[1], CultureInfo.InvariantCulture),
            p[2] == "-" ? null : ulong.Parse(p[2], CultureInfo.InvariantCulture))).ToList();

    private static IEnumerable<long> Sequences(string list) =>
        list.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => long.Parse(s, CultureInfo.InvariantCulture));
}
