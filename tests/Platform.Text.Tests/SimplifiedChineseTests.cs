namespace Platform.Text.Tests;

public class SimplifiedChineseTests
{
    [Theory]
    [InlineData("志願服務讓街巷更有溫情", "志愿服务让街巷更有温情")]
    [InlineData("本報訊(記者 張三)", "本报讯(记者 张三)")]
    [InlineData("陝西省渭南市", "陕西省渭南市")]
    [InlineData("為人民服務", "为人民服务")]            // a Taiwan variant (為) reaches its simplified form too
    [InlineData("已经是简体字。", "已经是简体字。")]
    [InlineData("乾县 於家", "乾县 於家")]              // characters simplified text also writes as they are stay
    [InlineData("ABC 123 ①", "ABC 123 ①")]
    public void Converts_character_by_character(string traditional, string simplified) =>
        Assert.Equal(simplified, SimplifiedChinese.Convert(traditional));

    [Fact]
    public void Conversion_keeps_the_length_so_offsets_stay_valid()
    {
        const string text = "鎮原縣新時代文明實踐進社區活動";
        var simple = SimplifiedChinese.Convert(text);
        Assert.Equal(text.Length, simple.Length);
        Assert.Equal("镇原县", simple[..3]);
    }

    [Fact]
    public void Simplified_text_is_returned_without_a_copy()
    {
        var text = "新时代文明实践中心";
        Assert.Same(text, SimplifiedChinese.Convert(text));
        Assert.Equal(-1, SimplifiedChinese.FirstTraditional(text));
    }

    [Fact]
    public void Every_table_pair_maps_one_unit_to_one_unit()
    {
        for (var c = '\u3400'; c < '\uFFFF'; c++)
        {
            var s = SimplifiedChinese.Convert(c);
            if (s == c) continue;
            Assert.False(char.IsSurrogate(s));
            Assert.Equal(s, SimplifiedChinese.Convert(s)); // simplified forms are stable
        }
    }

    [Fact]
    public void A_traditional_copy_converts_back_to_the_original()
    {
        const string text = "新时代文明实践中心开展志愿服务活动,记者张三报道。";
        var traditional = SimplifiedChinese.ToTraditionalCopy(text);
        Assert.NotEqual(text, traditional);
        Assert.Equal(text.Length, traditional.Length);
        Assert.Equal(text, SimplifiedChinese.Convert(traditional));
    }

    [Fact]
    public void The_first_traditional_character_is_one_the_conversion_changes()
    {
        var disagree = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
            .Where(c => (SimplifiedChinese.FirstTraditional(c.ToString()) == 0) != (c >= '\u3400' && SimplifiedChinese.Convert(c) != c))
            .Take(3).ToArray();

        Assert.Empty(disagree);
    }
}
