using Platform.Enrichment.Dates;

namespace Platform.Enrichment.Tests;

public sealed class TimeOfDayTests
{
    [Theory]
    [InlineData("上午9时", "09:00")]
    [InlineData("下午3点半", "15:30")]
    [InlineData("晚8时", "20:00")]
    [InlineData("9:30", "09:30")]
    [InlineData(" 14：05", "14:05")]
    [InlineData("下午2点一刻", "14:15")]
    [InlineData("中午1点", "13:00")]
    [InlineData("凌晨12点", "00:00")]
    [InlineData("上午十时三十分", "10:30")]
    [InlineData("晚上9点20", "21:20")]
    [InlineData("25时", null)]
    [InlineData("24时", null)]
    [InlineData("9:75", null)]
    [InlineData("3人", null)]
    [InlineData("上午", null)]
    public void Reads_the_time_printed_at_the_position(string text, string? expected)
    {
        Assert.Equal(expected, TimeOfDay.At(text, 0));
    }
}
