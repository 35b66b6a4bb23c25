namespace Platform.Hosting.Tests;

public sealed class BackoffTests
{
    [Fact]
    public void Backoff_doubles_with_jitter_and_is_bounded()
    {
        var b = TimeSpan.FromSeconds(30);
        var max = TimeSpan.FromHours(1);
        Assert.Equal(TimeSpan.FromSeconds(15), Backoff.Delay(1, b, max, 0));
        Assert.Equal(TimeSpan.FromSeconds(30), Backoff.Delay(1, b, max, 1));
        Assert.Equal(TimeSpan.FromSeconds(30), Backoff.Delay(2, b, max, 0));
        Assert.Equal(TimeSpan.FromSeconds(60), Backoff.Delay(2, b, max, 1));
        Assert.Equal(TimeSpan.FromSeconds(240), Backoff.Delay(4, b, max, 1));
        Assert.Equal(max, Backoff.Delay(50, b, max, 1));
        Assert.Equal(max / 2, Backoff.Delay(int.MaxValue, b, max, 0));
    }

    [Fact]
    public void The_shared_jitter_stays_in_the_upper_half()
    {
        for (var i = 0; i < 100; i++)
        {
            var delay = Backoff.Delay(3, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
            Assert.InRange(delay, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4));
        }
    }
}
