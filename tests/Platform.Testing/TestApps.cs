using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Platform.Hosting;

namespace Platform.Testing;

/// <summary>
/// How a test starts a host it built (started, its store initialized) and ends it (stopped, disposed, its SQLite pools
/// released and its folder deleted).
/// </summary>
public static class TestApps
{
    /// <summary>Longer than the host's own shutdown timeout (30 s): only a stop that ignores its token runs into it.</summary>
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(90);

    /// <summary>Starts a host and waits, up to <paramref name="storeDeadline"/> (30 s if not given), until its store is initialized.</summary>
    public static async Task StartAsync(WebApplication app, TimeSpan? storeDeadline = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.StartAsync().ConfigureAwait(false);
        await app.Services.GetRequiredService<StoreReadiness>().WhenInitialized.WaitAsync(storeDeadline ?? TimeSpan.FromSeconds(30)).ConfigureAwait(false);
    }

    public static async Task DisposeAsync(WebApplication? app, string directory)
    {
        if (app is not null)
        {
            await StopAsync(app).ConfigureAwait(false);
            await app.DisposeAsync().AsTask().WaitAsync(StopTimeout).ConfigureAwait(false);
        }
        ReleaseDirectory(directory);
    }

    /// <summary>Stops a host within a deadline: a host that hangs while stopping fails its test instead of the whole run.</summary>
    public static async Task StopAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var shutdown = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await app.StopAsync(shutdown.Token).WaitAsync(StopTimeout).ConfigureAwait(false);
    }

    /// <summary>SQLite keeps pooled connections (and so the file) open; release them before deleting the folder.</summary>
    public static void ReleaseDirectory(string directory)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
