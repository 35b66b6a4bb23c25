namespace Platform.Benchmarks;

/// <summary>The seed bulletins, read once, as the benchmarks' input.</summary>
public static class SeedCorpus
{
    public static IReadOnlyList<string> Texts { get; } = Directory
        .GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt")
        .Order(StringComparer.Ordinal)
        .Select(File.ReadAllText)
        .ToArray();

    public static long Utf8Bytes => Texts.Sum(t => (long)System.Text.Encoding.UTF8.GetByteCount(t));
}
