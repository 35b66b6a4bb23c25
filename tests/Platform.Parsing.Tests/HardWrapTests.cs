using System.Text;

namespace Platform.Parsing.Tests;

/// <summary>
/// Narrow-column OCR breaks body text into lines of a fixed width with no blank line between paragraphs.
/// Re-wrapping each seed's body that way must give the same items as the seed itself.
/// </summary>
public sealed class HardWrapTests
{
    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var seed in new[] { "000", "001", "002", "003", "004" })
            foreach (var width in new[] { 16, 21, 25, 30 })
                data.Add(seed, width);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hard_wrapped_body_gives_the_same_items(string seed, int width)
    {
        var text = Parsing.Seed(seed);
        Parsing.AssertSameItemsAndNoTextLoss(text, Wrap(text, width));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hard_wrapped_body_without_blank_lines_between_paragraphs_gives_the_same_items(string seed, int width)
    {
        var text = Parsing.Seed(seed);
        var expected = Parsing.Parse(text).Articles.Select(Parsing.Describe).ToList();
        var wrapped = Wrap(text, width, keepParagraphGaps: false);
        Assert.Equal(expected, Parsing.Parse(wrapped).Articles.Select(Parsing.Describe).ToList());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hard_wrapped_paragraphs_are_joined_back(string seed, int width)
    {
        var original = Parsing.Parse(Parsing.Seed(seed)).Articles;
        var wrapped = Parsing.Parse(Wrap(Parsing.Seed(seed), width)).Articles;
        for (var i = 0; i < original.Count; i++)
            Assert.Equal(Squash(original[i].Text), Squash(wrapped[i].Text));
    }

    private static string Squash(string text) => text.Replace("\n", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);

    /// <summary>Breaks every body line (a line that ends a sentence and is longer than the width) into lines of <paramref name="width"/> characters.</summary>
    /// <param name="text">The seed.</param>
    /// <param name="width">Characters per line.</param>
    /// <param name="keepParagraphGaps">False removes the blank lines between two body paragraphs, as a typeset column has none.</param>
    public static string Wrap(string text, int width, bool keepParagraphGaps = true)
    {
        var sb = new StringBuilder(text.Length + text.Length / width);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var k = 0; k < lines.Length; k++)
        {
            var line = lines[k].TrimEnd();
            if (!keepParagraphGaps && line.Length == 0 && k > 0 && k + 1 < lines.Length && IsBody(lines[k - 1].TrimEnd()) && IsBody(lines[k + 1].TrimEnd()))
                continue;
            if (line.Length <= width || !IsBody(line))
            {
                sb.Append(line).Append('\n');
                continue;
            }
            for (var i = 0; i < line.Length; i += width)
                sb.Append(line.AsSpan(i, Math.Min(width, line.Length - i))).Append('\n');
        }
        return sb.ToString();
    }

    // A body line is long or ends a sentence (a headline may end with a closing quote, not with 。).
    private static bool IsBody(string line) => line.Length > 45 || line.TrimEnd('”', '’', '」', ')', '）') is { Length: > 0 } t && "。！？".Contains(t[^1], StringComparison.Ordinal);
}
