using Microsoft.AspNetCore.Builder;

namespace Platform.Testing;

/// <summary>How a test ends a host it built: stopped, disposed, its SQLite pools released and its folder deleted.</summary>
public static class TestApps
{
    public static async Task DisposeAsync(WebApplication? app, string directory)
    {
        if (app is not null)
        {
            await app.StopAsync().ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
        }
        ReleaseDirectory(directory);
    }

    /// <summary>SQLite keeps pooled connections (and so the file) open; release them before deleting the folder.</summary>
    public static void ReleaseDirectory(string directory)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
