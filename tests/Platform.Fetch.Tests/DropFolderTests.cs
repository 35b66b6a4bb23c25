using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Platform.Fetch.Configuration;
using Platform.Hosting;

namespace Platform.Fetch.Tests;

public sealed class DropFolderTests(FetchHost host) : IClassFixture<FetchHost>
{
    [Fact]
    public async Task Files_are_ingested_once_they_stop_changing_and_refused_files_are_recorded()
    {
        var folder = Directory.CreateTempSubdirectory("drop-").FullName;
        var options = Options.Create(new FetchOptions { DropFolder = folder, MaxBodyBytes = 1 << 20 });
        var readiness = new StoreReadiness();
        readiness.MarkInitialized();
        var intake = (BulletinIntake)host.Services.GetService(typeof(BulletinIntake))!;
        var watcher = new DropFolderWatcher(intake, host.Store, readiness, options, TimeProvider.System, NullLogger<DropFolderWatcher>.Instance);
        var seed = Seeds.Read("003");
        await File.WriteAllTextAsync(Path.Combine(folder, "a.txt"), seed, Encoding.GetEncoding("utf-8"));
        await File.WriteAllBytesAsync(Path.Combine(folder, "b.txt"), [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]);
        await File.WriteAllTextAsync(Path.Combine(folder, "ignored.json"), "{}");
        var before = (await host.Store.RawBulletins.ListIdsAsync(null, null)).Count;

        await watcher.ScanAsync(folder, CancellationToken.None);
        Assert.Equal(before, (await host.Store.RawBulletins.ListIdsAsync(null, null)).Count);

        await watcher.ScanAsync(folder, CancellationToken.None);
        Assert.Equal(before + 1, (await host.Store.RawBulletins.ListIdsAsync(null, null)).Count);
        var failure = Assert.Single(await host.Store.Failures.ListAsync("file://" + Path.Combine(folder, "b.txt")));
        Assert.Contains("Binary", failure.Reason, StringComparison.OrdinalIgnoreCase);

        await watcher.ScanAsync(folder, CancellationToken.None);
        Assert.Equal(before + 1, (await host.Store.RawBulletins.ListIdsAsync(null, null)).Count);
        Directory.Delete(folder, true);
    }
}
