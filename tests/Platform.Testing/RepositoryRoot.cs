namespace Platform.Testing;

/// <summary>The checkout the tests run from: seeds, fixtures, committed contract files.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>A path under the repository root.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>The read-only shared folder beside the checkout (corpus, reviews), or null where it is absent, as on a fresh clone.</summary>
    public static string? Shared(params string[] parts)
    {
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine([Path, "..", "shared", .. parts]));
        return File.Exists(path) || Directory.Exists(path) ? path : null;
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Platform.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Platform.sln not found above " + AppContext.BaseDirectory);
    }
}
