namespace Platform.Text.Tests;

public class ChineseNumeralsTests
{
    [Theory]
    // Place-value grammar with 万/亿 sections and 零 placeholders.
    [InlineData("二十九", 29)]
    [InlineData("十五", 15)]
    [InlineData("三十一", 31)]
    [InlineData("一百零五", 105)]
    [InlineData("一万二千", 12000)]
    [InlineData("一万一千一百一十一", 11111)]
    [InlineData("三万五千", 35000)]
    [InlineData("一百万零五十四", 1000054)]
    [InlineData("一亿五千万", 150000000)]
    [InlineData("一万亿", 1e12)]
    [InlineData("一千零一十", 1010)]
    [InlineData("十万", 100000)]
    // Colloquial elision: a lone digit after a place value counts in the next place down.
    [InlineData("两千六", 2600)]
    [InlineData("一百二", 120)]
    [InlineData("三万五", 35000)]
    [InlineData("一万零五", 10005)]
    // Decimals and signs.
    [InlineData("一点二", 1.2)]
    [InlineData("一点五七", 1.57)]
    [InlineData("零点五", 0.5)]
    [InlineData("十点五", 10.5)]
    [InlineData("负十", -10)]
    [InlineData("-3.8", -3.8)]
    // Variants and financial numerals.
    [InlineData("兩萬", 20000)]
    [InlineData("廿五", 25)]
    [InlineData("卅", 30)]
    [InlineData("壹佰万", 1000000)]
    [InlineData("贰仟叁佰肆拾伍", 2345)]
    // Arabic and mixed forms.
    [InlineData("2600", 2600)]
    [InlineData("1.9", 1.9)]
    [InlineData("1,200", 1200)]
    [InlineData("１２", 12)]
    [InlineData("1.2万", 12000)]
    [InlineData("1万600", 10600)]
    [InlineData("3千", 3000)]
    [InlineData("2.5亿", 250000000)]
    // Digit sequences spell their number (years of dates).
    [InlineData("二〇二〇", 2020)]
    [InlineData("二零零一", 2001)]
    [InlineData("一七二零", 1720)]
    [InlineData("二○二○", 2020)]
    public void Reads_the_value_of_a_whole_numeral(string text, double value)
    {
        Assert.Equal(value, ChineseNumerals.Parse(text)!.Value, 9);
    }

    [Theory]
    [InlineData("二〇二〇", NumeralForm.DigitSequence)]
    [InlineData("一七二零", NumeralForm.DigitSequence)]
    [InlineData("三万五千", NumeralForm.Chinese)]
    [InlineData("1.2万", NumeralForm.Mixed)]
    [InlineData("2600", NumeralForm.Arabic)]
    public void Tells_digit_sequences_from_quantities(string text, NumeralForm form)
    {
        Assert.Equal(form, ChineseNumerals.Read(text)!.Value.Form);
    }

    [Theory]
    [InlineData("三万五千名群众", 4, 35000)]
    [InlineData("二十九日上午", 3, 29)]
    [InlineData("一万二千余人次", 4, 12000)]
    [InlineData("1.2万余人", 4, 12000)]
    [InlineData("十五六个", 2, 15)]
    [InlineData("1,200人", 5, 1200)]
    [InlineData("12,34", 2, 12)]
    [InlineData("12.", 2, 12)]
    public void Reads_the_longest_numeral_at_the_start(string text, int length, double value)
    {
        var numeral = ChineseNumerals.Read(text)!.Value;

        Assert.Equal((length, value), (numeral.Length, numeral.Value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("年")]
    [InlineData("负")]
    [InlineData("点五")]
    [InlineData(".5")]
    public void Reads_nothing_where_no_numeral_starts(string text)
    {
        Assert.Null(ChineseNumerals.Read(text));
    }

    [Theory]
    [InlineData("三万五千名")]
    [InlineData("十二点")]
    [InlineData("二十二十")]
    public void Parse_needs_the_whole_text_to_be_one_numeral(string text)
    {
        Assert.Null(ChineseNumerals.Parse(text));
    }

    [Fact]
    public void Absurd_input_never_throws_and_stays_finite()
    {
        var nines = new string('九', 5000);
        var thousands = string.Concat(Enumerable.Repeat("九千九百九十九亿", 100));

        Assert.Equal(NumeralForm.DigitSequence, ChineseNumerals.Read(nines)!.Value.Form);
        var read = ChineseNumerals.Read(thousands);
        Assert.True(read is null || double.IsFinite(read.Value.Value));
        Assert.Null(ChineseNumerals.Parse(new string('1', 400)));
    }
}
