using System.Reflection;
using Platform.Formats;

namespace Platform.Cli.Load;

/// <summary>The texts <c>platform load</c> recombines: a folder's bulletins (any format and encoding the fetch stage reads) or the seeds built into the command.</summary>
public static class LoadCorpus
{
    public static IReadOnlyList<string> FromFolder(string folder)
    {
        var texts = new List<string>();
        foreach (var file in InputFiles.Expand([folder]))
        {
            var (decoded, _) = DocumentExtractor.Extract(File.ReadAllBytes(file), InputFiles.ContentTypeOf(file), Path.GetFileName(file));
            if (decoded is not null) texts.Add(decoded.Text);
        }
        return texts;
    }

    /// <summary>The five sample bulletins of seeds/, embedded at build time so the command works anywhere.</summary>
    public static IReadOnlyList<string> Seeds()
    {
        var assembly = typeof(LoadCorpus).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("seeds/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => Read(assembly, name))
            .ToArray();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
