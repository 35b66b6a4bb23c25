namespace Platform.Cli;

/// <summary>Expands files and directories given on the command line into bulletin files, in name order.</summary>
public static class InputFiles
{
    private static readonly string[] Extensions = [".txt", ".html", ".htm", ".text", ".pdf", ".docx", ".doc"];

    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }
        return files;
    }

    public static string? ContentTypeOf(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".html" or ".htm" => "text/html",
        ".txt" or ".text" => "text/plain",
        _ => null,
    };
}
