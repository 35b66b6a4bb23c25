using Platform.Formats;
using Platform.OperatorConsole.Provenance;
using Platform.Parsing;

namespace Platform.Console.Tests.Provenance;

/// <summary>The seeds as the pipeline stores and parses them: normalized text and the parse result.</summary>
internal static class ParsedSeed
{
    public static TheoryData<string> Names => new(Directory.GetFiles(RepositoryRoot.Combine("seeds"), "*.txt").Select(Path.GetFileName).Order()!);

    public static (string Text, ParseResult Parsed) Of(string seed)
    {
        var (decoded, _) = DocumentExtractor.Extract(File.ReadAllBytes(RepositoryRoot.Combine("seeds", seed)), "text/plain");
        var text = decoded!.Text;
        return (text, new BulletinParser().Parse(text, new ParseContext("0000000000000000", "tests", new string('0', 64), DateTimeOffset.UnixEpoch)));
    }

    /// <summary>The seed parsed and its fields located in its text by <paramref name="locator"/>.</summary>
    public static (string Text, ParseResult Parsed, IReadOnlyList<SourceHighlight> Highlights) Located(string seed, ISourceSpanLocator locator)
    {
        var (text, parsed) = Of(seed);
        return (text, parsed, locator.Locate(text, parsed.Bulletin, parsed.Articles));
    }

    public static string Compact(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
}
