namespace Platform.Enrichment.Tests;

public sealed class PrintedTextTests
{
    [Theory]
    [InlineData("“中國好人”袁燦、湯國清", 6, "袁灿", "袁燦")]
    [InlineData("中国好人袁灿", 4, "袁灿", "袁灿")]
    [InlineData("短", 4, "袁灿", "袁灿")]
    [InlineData("任何", -1, "张三", "张三")]
    public void Names_are_cut_from_the_original_at_the_same_offset(string original, int offset, string found, string printed)
    {
        Assert.Equal(printed, PrintedText.At(original, offset, found));
    }
}
