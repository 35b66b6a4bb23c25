namespace Platform.Cli;

/// <summary>Finds the file a gold record names in the documents folder: <c>&lt;n&gt;.txt</c>, else another <c>&lt;n&gt;.*</c> (first by name).</summary>
public sealed class GoldDocumentFiles(string folder)
{
    private readonly ILookup<string, string> byName = Directory.EnumerateFiles(folder)
        .Order(StringComparer.Ordinal)
        .ToLookup(path => Path.GetFileNameWithoutExtension(path), StringComparer.Ordinal);

    public string? Find(string n) =>
        byName[n].OrderBy(path => Path.GetExtension(path).Equals(".txt", StringComparison.OrdinalIgnoreCase) ? 0 : 1).FirstOrDefault();
}
