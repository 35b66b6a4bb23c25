namespace Platform.Evaluation.Tests;

public sealed class ComparisonTextTests
{
    // Expected values are what the reference scorer's norm() returns (computed once with Python 3.11).
    public static TheoryData<string?, string> Cases() => new()
    {
        { null, "" },
        { "", "" },
        { "  文明\u3000新风 —— 进万家\n", "文明新风进万家" },
        { "ＡＢＣ１２３", "ABC123" },
        { "a\u001Cb\u200Bc", "ab\u200Bc" },
        { "①", "1" },
        { "文明-实践—站―点", "文明实践站点" },
        { "\uFE63", "" },
        { "高 粮", "高粮" },
        { "\u00A0x\u2028y\u205Fz", "xyz" },
        { "ｶﾞ", "ガ" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Normalizes_like_the_reference_scorer(string? text, string expected) =>
        Assert.Equal(expected, ComparisonText.Normalize(text));

    [Fact]
    public void Whitespace_is_exactly_pythons_isspace_set()
    {
        int[] python = [0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
            0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000];
        var ours = Enumerable.Range(0, 0x10000).Where(c => ComparisonText.IsWhitespace((char)c)).ToArray();
        Assert.Equal(python, ours);
    }

    [Fact]
    public void Lone_surrogates_are_kept_and_the_rest_is_normalized() =>
        Assert.Equal("A\uD800B", ComparisonText.Normalize("Ａ\uD800 Ｂ"));
}
