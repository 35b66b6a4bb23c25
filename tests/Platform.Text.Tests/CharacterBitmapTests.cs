namespace Platform.Text.Tests;

public sealed class CharacterBitmapTests
{
    public static TheoryData<string> Rules => ["none", "all", "ideographs", "word edges", "every third"];

    private static Func<char, bool> Rule(string name) => name switch
    {
        "none" => _ => false,
        "all" => _ => true,
        "ideographs" => c => c is >= '\u4E00' and <= '\u9FFF',
        "word edges" => c => c is '\0' or '?' or '@' or '\u007F' or '\u0080' or '\uFFFF',
        "every third" => c => c % 3 == 0,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Holds_exactly_the_characters_its_rule_accepts(string rule)
    {
        var accepts = Rule(rule);
        var bitmap = new CharacterBitmap(accepts);

        var wrong = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => bitmap.Contains(c) != accepts(c)).Take(3).ToArray();

        Assert.Empty(wrong);
    }
}
