using System.Text.RegularExpressions;
using Platform.Enrichment.People;

namespace Platform.Enrichment.Tests;

public sealed class PhraseStartsTests
{
    // Every position before the end where the lookbehind the person patterns begin with holds, by the regex itself.
    private static List<int> ByLookbehind(string separators, string text)
    {
        var lookbehind = new Regex($"(?<=^|[{Regex.Escape(separators)}\\s])");
        return Enumerable.Range(0, text.Length).Where(i => lookbehind.Match(text, i) is { Success: true } m && m.Index == i).ToList();
    }

    private static List<int> ByStarts(string separators, string text)
    {
        var starts = new PhraseStarts(separators);
        var found = new List<int>();
        for (var at = starts.Next(text, 0); at >= 0; at = starts.Next(text, at + 1)) found.Add(at);
        return found;
    }

    [Theory]
    [InlineData("，,、。；;", "“中国好人”袁灿、汤国清，宋玉兰；许志强\n王心亮 刘琪\u3000张三\u00A0李四\u2028赵五。")]
    [InlineData("，,。；;：:", "宋玉兰、许志强被评为先进：王心亮，刘琪\t张三\r\n李四\u2003赵五;")]
    [InlineData("，,。；;：:", "，，开头和结尾都是分隔符，")]
    [InlineData("，,。；;：:", "没有任何分隔符的一段文字")]
    [InlineData("，,。；;：:", "")]
    public void Finds_exactly_the_positions_where_the_separator_lookbehind_holds(string separators, string text)
    {
        Assert.Equal(ByLookbehind(separators, text), ByStarts(separators, text));
    }
}
