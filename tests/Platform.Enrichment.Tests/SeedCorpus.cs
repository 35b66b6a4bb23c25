namespace Platform.Enrichment.Tests;

/// <summary>Long paragraphs of the seed bulletins (mostly one per story), read from the repository's seeds folder.</summary>
internal static class SeedCorpus
{
    public static IReadOnlyList<string> FirstParagraphs { get; } = Load();

    private static string[] Load()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "seeds"))) dir = dir.Parent;
        if (dir is null) return [];
        return Directory.GetFiles(Path.Combine(dir.FullName, "seeds"), "*.txt")
            .Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Split("\n\n"))
            .Select(p => p.Trim())
            .Where(p => p.Length >= 200)
            .ToArray();
    }
}
