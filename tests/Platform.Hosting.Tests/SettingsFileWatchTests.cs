using Microsoft.Extensions.Configuration;

namespace Platform.Hosting.Tests;

public sealed class SettingsFileWatchTests
{
    // A reloading settings file watches the whole content root, and the embedded store writes under it (./data).
    [Fact]
    public async Task Settings_files_are_read_once_so_no_watcher_follows_the_stores_writes()
    {
        await using var platform = new TestPlatform(_ => { });
        var files = ((IConfigurationRoot)platform.App.Configuration).Providers.OfType<FileConfigurationProvider>().ToList();

        Assert.Contains(files, f => f.Source.Path == "appsettings.json");
        Assert.All(files, f => Assert.False(f.Source.ReloadOnChange, $"{f.Source.Path} reloads on change"));
    }
}
