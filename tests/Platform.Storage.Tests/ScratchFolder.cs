using Microsoft.Data.Sqlite;

namespace Platform.Storage.Tests;

/// <summary>
/// A temporary folder for one test class's SQLite files. Deleting it first closes the pooled connections, which
/// would otherwise keep the files open.
/// </summary>
public sealed class ScratchFolder(string prefix) : IDisposable
{
    private readonly string _path = Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>The path of <paramref name="file"/> in the folder.</summary>
    public string PathOf(string file) => Path.Combine(_path, file);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_path, recursive: true);
    }
}
