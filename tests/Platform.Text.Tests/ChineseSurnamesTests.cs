namespace Platform.Text.Tests;

public class ChineseSurnamesTests
{
    [Theory]
    [InlineData("王小明", 1)]
    [InlineData("欧阳修", 2)]
    [InlineData("扎西", 1)]      // Tibetan names in Chinese bylines
    [InlineData("傅雷", 1)]
    [InlineData("的确", 0)]
    [InlineData("", 0)]
    public void Measures_the_surname_a_token_starts_with(string token, int expected) =>
        Assert.Equal(expected, ChineseSurnames.SurnameLength(token));
}
