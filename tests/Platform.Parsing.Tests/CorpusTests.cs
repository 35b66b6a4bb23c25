using Platform.Testing;

namespace Platform.Parsing.Tests;

/// <summary>
/// The development corpus of real pages (../shared/corpus, absent on a fresh clone): every page parses without
/// losing text, and furniture never ends up as an item's title. Runs only where the corpus is present.
/// </summary>
public sealed class CorpusTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        var folder = RepositoryRoot.Shared("corpus", "docs");
        if (folder is null)
        {
            data.Add("");
            return data;
        }
        foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Real_page_parses_without_losing_text(string document)
    {
        if (document.Length == 0) return; // no corpus beside this checkout
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Shared("corpus", "docs")!, document));
        var result = Parsing.Parse(text);
        Parsing.AssertNoTextLoss(text, result);
        foreach (var a in result.Articles)
        {
            Assert.Null(PageChrome.Classify(a.Title ?? ""));
            Assert.DoesNotContain("上一篇", a.Title ?? "", StringComparison.Ordinal);
        }
    }
}
