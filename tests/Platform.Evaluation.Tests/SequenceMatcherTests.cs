namespace Platform.Evaluation.Tests;

public sealed class SequenceMatcherTests
{
    // Ratios computed once with Python 3.11: difflib.SequenceMatcher(None, a, b).ratio().
    public static TheoryData<string, string, double> Ratios() => new()
    {
        { "", "", 1.0 },
        { "abc", "", 0.0 },
        { "", "abc", 0.0 },
        { "abcd", "bcde", 0.75 },
        { "abxcd", "abcd", 0.8888888888888888 },
        { "志愿服务让街巷更有温情", "志愿服務讓街巷更有溫情", 0.7272727272727273 },
        { "文明新风进万家志愿服务暖人心", "志愿服务暖人心", 0.6666666666666666 },
        { "private Thread currentThread;", "private volatile Thread currentThread;", 0.8656716417910447 },
        // Supplementary-plane characters are one element each, as in Python.
        { "\U00020000\U00020001文明", "\U00020001文明", 0.8571428571428571 },
        // Autojunk: in a second sequence of 200 or more, elements more frequent than 1% + 1 cannot start a match.
        { new string('x', 10) + "abc", new string('x', 250) + "abc", 0.09774436090225563 },
        { new string('x', 10) + "abc", "abc" + new string('x', 250), 0.022556390977443608 },
        { string.Concat(Enumerable.Repeat("ab", 120)), string.Concat(Enumerable.Repeat("ba", 120)), 0.0 },
    };

    [Theory]
    [MemberData(nameof(Ratios))]
    public void Ratio_equals_difflib(string a, string b, double expected) =>
        Assert.Equal(expected, SequenceMatcher.Ratio(a, b));

    public static TheoryData<string, string, double> RatiosWithoutAutojunk() => new()
    {
        { string.Concat(Enumerable.Repeat("ab", 120)), string.Concat(Enumerable.Repeat("ba", 120)), 0.9958333333333333 },
        { new string('x', 10) + "abc", "abc" + new string('x', 250), 0.07518796992481203 },
    };

    [Theory]
    [MemberData(nameof(RatiosWithoutAutojunk))]
    public void Ratio_without_autojunk_equals_difflib(string a, string b, double expected) =>
        Assert.Equal(expected, new SequenceMatcher(a, b, autoJunk: false).Ratio());

    [Fact]
    public void Longest_match_starts_earliest_in_a_then_in_b() =>
        Assert.Equal(new MatchingBlock(0, 4, 5), new SequenceMatcher(" abcd", "abcd abcd").FindLongestMatch(0, 5, 0, 9));

    [Fact]
    public void Junk_cannot_start_a_match_but_extends_one_as_in_difflib()
    {
        var matcher = new SequenceMatcher(" abcd", "abcd abcd", c => c == ' ');
        Assert.Equal(new MatchingBlock(1, 0, 4), matcher.FindLongestMatch(0, 5, 0, 9));
        Assert.Equal(0.5714285714285714, matcher.Ratio());
    }

    [Fact]
    public void Junk_between_blocks_is_not_matched()
    {
        var matcher = new SequenceMatcher("文明 的 实践", "文明的实践站", c => c is '的' or ' ');
        Assert.Equal([new MatchingBlock(0, 0, 2), new MatchingBlock(5, 3, 2)], matcher.MatchingBlocks());
        Assert.Equal(0.6153846153846154, matcher.Ratio());
    }
}
