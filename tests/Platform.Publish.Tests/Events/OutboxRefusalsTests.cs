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
}
