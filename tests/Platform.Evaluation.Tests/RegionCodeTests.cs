namespace Platform.Evaluation.Tests;

public sealed class RegionCodeTests
{
    public static TheoryData<string?, string?> Cases() => new()
    {
        { null, null },
        { "", null },
        { "无", null },
        { "43", "430000" },
        { "430105", "430105" },
        { "430105001", "430105" },
        { "GB 4301-05", "430105" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Codes_compare_as_six_digits(string? code, string? expected) => Assert.Equal(expected, RegionCode.Six(code));
}
