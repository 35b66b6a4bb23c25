namespace Platform.Formats.Tests;

/// <summary>The seed bulletins copied beside the test assembly.</summary>
public static class SeedTexts
{
    public static IReadOnlyList<string> Names { get; } = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt")
        .Select(f => Path.GetFileName(f)[..3]).Order(StringComparer.Ordinal).ToArray();

    public static string Read(string prefix) =>
        File.ReadAllText(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), prefix + "*.txt").Single());
}
