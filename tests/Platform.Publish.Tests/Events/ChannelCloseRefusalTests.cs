namespace Platform.Publish.Tests.Events;

/// <summary>Which event a channel the broker closed with 406 blames, and which closes blame none.</summary>
public sealed class ChannelCloseRefusalTests
{
    private static readonly (long, int)[] Unconfirmed = [(7, 100), (8, 262158), (9, 100)];

    [Theory]
    [InlineData((ushort)406, "PRECONDITION_FAILED - message size 262158 is larger than configured max size 131072", 8L, 131072)]
    [InlineData((ushort)406, "PRECONDITION_FAILED - message size 262158 is larger than max size 134217728", 8L, 134217728)]
    [InlineData((ushort)406, "PRECONDITION_FAILED - message size 300000 is larger than configured max size 131072", 8L, 131072)]
    [InlineData((ushort)406, "PRECONDITION_FAILED - invalid expiration", 7L, null)]
    public void A_406_close_blames_the_event_it_names_by_size_or_else_the_earliest_unconfirmed(ushort code, string text, long blamed, int? brokerMax)
    {
        var refusal = ChannelCloseRefusal.Culprit(code, text, Unconfirmed);
        Assert.NotNull(refusal);
        Assert.Equal(blamed, refusal.Sequence);
        Assert.Equal(brokerMax, refusal.BrokerMaxMessageBytes);
        Assert.Contains(text, refusal.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData((ushort)320, "CONNECTION_FORCED - broker forced connection closure with reason 'shutdown'")]
    [InlineData((ushort)404, "NOT_FOUND - no exchange 'x' in vhost '/'")]
    [InlineData((ushort)200, "Goodbye")]
    public void Other_closes_are_no_refusal(ushort code, string text) => Assert.Null(ChannelCloseRefusal.Culprit(code, text, Unconfirmed));

    [Fact]
    public void A_406_with_nothing_unconfirmed_blames_nobody() =>
        Assert.Null(ChannelCloseRefusal.Culprit(406, "PRECONDITION_FAILED - message size 5 is larger than configured max size 4", []));
}
