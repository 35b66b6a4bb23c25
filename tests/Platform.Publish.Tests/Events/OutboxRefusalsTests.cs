namespace Platform.Publish.Tests.Events;

/// <summary>Which events the dispatcher quarantines: oversized ones at once, refused ones after the limit, none in an outage.</summary>
public sealed class OutboxRefusalsTests
{
    [Theory]
    [InlineData(1000, false)]
    [InlineData(1001, true)]
    public void An_event_over_the_brokers_maximum_size_is_named_before_sending(int bytes, bool refused)
    {
        var reason = new OutboxRefusals(3, 1000).Oversize(bytes);
        Assert.Equal(refused, reason is not null);
        if (refused) Assert.Contains("over the broker's maximum message size of 1000 bytes", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_refused_while_others_are_confirmed_is_quarantined_at_the_limit()
    {
        var refusals = new OutboxRefusals(3, 1000);
        Assert.Empty(refusals.AfterRound(3, [1, 3], [(2, "nack")]));
        Assert.Empty(refusals.AfterRound(2, [4], [(2, "nack")]));
        var quarantined = Assert.Single(refusals.AfterRound(1, [], [(2, "nack")]));
        Assert.Equal(2, quarantined.Sequence);
        Assert.Contains("refused by the broker 3 times: nack", quarantined.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broker_refusing_every_event_of_a_round_quarantines_nothing()
    {
        var refusals = new OutboxRefusals(1, 1000);
        for (var i = 0; i < 5; i++) Assert.Empty(refusals.AfterRound(2, [], [(1, "nack"), (2, "nack")]));
    }

    [Fact]
    public void A_confirm_clears_the_refusals_counted_before()
    {
        var refusals = new OutboxRefusals(2, 1000);
        Assert.Empty(refusals.AfterRound(2, [1], [(2, "nack")]));
        Assert.Empty(refusals.AfterRound(1, [2], []));
        Assert.Empty(refusals.AfterRound(2, [1], [(2, "nack")]));
    }

    [Fact]
    public void An_event_the_broker_closed_the_channel_over_for_its_size_is_quarantined_at_once_and_the_limit_applies_to_later_ones()
    {
        var refusals = new OutboxRefusals(3, 16_000_000);
        const string answer = "channel closed by the broker: 406 PRECONDITION_FAILED - message size 2000 is larger than configured max size 1000";
        var reason = refusals.AfterChannelRefusal(new BrokerRefusal(5, answer, 1000), 2000);
        Assert.Contains("2000 bytes is over the broker's maximum message size of 1000 bytes", reason, StringComparison.Ordinal);
        Assert.Contains("PRECONDITION_FAILED", reason, StringComparison.Ordinal);
        Assert.NotNull(refusals.Oversize(1001));
        Assert.Null(refusals.Oversize(1000));
    }

    [Fact]
    public void Other_channel_refusals_count_toward_the_limit_and_a_confirm_clears_them()
    {
        var refusals = new OutboxRefusals(2, 1000);
        var refusal = new BrokerRefusal(5, "channel closed by the broker: 406 PRECONDITION_FAILED - invalid expiration", null);
        Assert.Null(refusals.AfterChannelRefusal(refusal, 10));
        Assert.Empty(refusals.AfterRound(1, [5], []));
        Assert.Null(refusals.AfterChannelRefusal(refusal, 10));
        Assert.Contains("refused by the broker 2 times: channel closed by the broker: 406", refusals.AfterChannelRefusal(refusal, 10), StringComparison.Ordinal);
    }
}
