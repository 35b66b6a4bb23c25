namespace Platform.Text.Tests;

public class HanCharactersTests
{
    [Theory]
    [InlineData('文', true)]
    [InlineData('\u3400', true)]   // Extension A: rare characters in personal and place names
    [InlineData('\uF900', true)]   // compatibility ideographs left by some converters
    [InlineData('。', false)]
    [InlineData('Ａ', false)]
    [InlineData('a', false)]
    [InlineData('１', false)]
    [InlineData('〇', false)]      // a numeral sign, not an ideograph
    public void Classifies_ideographs(char c, bool expected) => Assert.Equal(expected, HanCharacters.IsHan(c));
}
