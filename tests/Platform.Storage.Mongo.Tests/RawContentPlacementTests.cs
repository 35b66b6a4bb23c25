namespace Platform.Storage.Mongo.Tests;

public sealed class RawContentPlacementTests
{
    private const long MiB = 1024 * 1024;

    [Theory]
    [InlineData(5L, 12L, true)] // a seed bulletin
    [InlineData(2 * MiB, 2 * MiB, true)] // exactly the inline limit
    [InlineData(2 * MiB, 2 * MiB + 1, false)]
    [InlineData(9 * MiB, 9 * MiB, false)] // the 9 MB UTF-8 push that made an 18 MB document
    [InlineData(10 * MiB, 15 * MiB, false)] // MaxBodyBytes of GB18030 Chinese
    [InlineData(1L << 30, 3L << 29, false)] // the largest MaxBodyBytes allowed
    public void Content_stays_inline_only_well_under_the_document_limit(long bytes, long textBytes, bool inline) =>
        Assert.Equal(inline ? RawContentLocation.Inline : RawContentLocation.GridFs, RawContentPlacement.Decide(bytes, textBytes));

    [Fact]
    public void The_inline_limit_leaves_room_under_16_MiB() =>
        Assert.True(RawContentPlacement.InlineLimitBytes < 16 * MiB / 2);
}
