using Platform.Fetch.Feeds;

namespace Platform.Fetch.Tests.Feeds;

public sealed class FeedBackoffTests
{
    [Fact]
    public void Backoff_doubles_with_jitter_and_is_bounded()
    {
        var b = TimeSpan.FromSeconds(30);
        var max = TimeSpan.FromHours(1);
        Assert.Equal(TimeSpan.FromSeconds(15), FeedBackoff.Delay(1, b, max, 0));
        Assert.Equal(TimeSpan.FromSeconds(30), FeedBackoff.Delay(1, b, max, 1));
        Assert.Equal(TimeSpan.FromSeconds(30), FeedBackoff.Delay(2, b, max, 0));
        Assert.Equal(TimeSpan.FromSeconds(60), FeedBackoff.Delay(2, b, max, 1));
        Assert.Equal(TimeSpan.FromSeconds(240), FeedBackoff.Delay(4, b, max, 1));
        Assert.Equal(max, FeedBackoff.Delay(50, b, max, 1));
        Assert.Equal(max / 2, FeedBackoff.Delay(int.MaxValue, b, max, 0));
    }
}
