using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Fetch.DropFolder;

namespace Platform.Fetch.Tests.DropFolder;

/// <summary>
/// Files an attacker or a careless operator leaves in the drop folder: each is refused into <c>rejected/</c> with a
/// reason, nothing of it is stored, and the running host keeps watching.
/// </summary>
public sealed class HostileDropFileTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("drop-hostile-").FullName;
    private readonly string _outside = Directory.CreateTempSubdirectory("drop-outside-").FullName;
    private readonly FetchHost _host;

    public HostileDropFileTests() => _host = new FetchHost
    {
        Settings = new Dictionary<string, string?>
        {
            ["Platform:Fetch:DropFolder"] = _folder,
            ["Platform:Fetch:DropFolderInterval"] = "00:00:00.100",
        },
    };

    public Task InitializeAsync() => _host.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_folder, true);
        Directory.Delete(_outside, true);
    }

    public static TheoryData<string, string> Hostile => new()
    {
        { "utf7.html", "charset" },
        { "zero.txt", "outside the drop folder" },
        { "fifo.txt", "not a regular file" },
        { "secret.txt", "outside the drop folder" },
    };

    private void Drop(string name)
    {
        var path = Path.Combine(_folder, name);
        switch (name)
        {
            case "utf7.html":
                File.WriteAllText(path, "<html><head><meta charset=\"utf-7\"></head><body>+ZeVnLGWHZg4-</body></html>", Encoding.ASCII);
                break;
            case "zero.txt":
                File.CreateSymbolicLink(path, "/dev/zero");
                break;
            case "fifo.txt":
                using (var mkfifo = Process.Start("mkfifo", path)) mkfifo.WaitForExit();
                break;
            case "secret.txt":
                var secret = Path.Combine(_outside, "secret.txt");
                File.WriteAllText(secret, "机密文件\n\n不应被发布的内容，编号 " + Guid.NewGuid());
                File.CreateSymbolicLink(path, secret);
                break;
        }
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task A_hostile_file_goes_to_rejected_with_its_reason_stores_nothing_and_the_host_keeps_running(string name, string reason)
    {
        var before = (await _host.Store.RawBulletins.ListIdsAsync(null, null)).Count;
        Drop(name);
        var reasonFile = Path.Combine(_folder, RejectedFiles.FolderName, name + ".reason.txt");
        await Eventually.UntilAsync(() => Task.FromResult(File.Exists(reasonFile)), TimeSpan.FromSeconds(20), () => $"{name} was not moved to rejected/");

        Assert.Contains(reason, await File.ReadAllTextAsync(reasonFile), StringComparison.OrdinalIgnoreCase);
        Assert.False(File.Exists(Path.Combine(_folder, name)) || Directory.Exists(Path.Combine(_folder, name)));
        Assert.Equal(before, (await _host.Store.RawBulletins.ListIdsAsync(null, null)).Count);
        Assert.NotEmpty(await _host.Store.Failures.ListAsync("file://" + Path.Combine(_folder, name)));
        Assert.False(_host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);

        // Still watching: a good file dropped afterwards is ingested.
        await File.WriteAllTextAsync(Path.Combine(_folder, "good.txt"), "随后的公告\n\n正文内容，编号 " + Guid.NewGuid());
        await Eventually.UntilAsync(async () => (await _host.Store.RawBulletins.ListIdsAsync(null, null)).Count == before + 1, TimeSpan.FromSeconds(20),
            () => "the watcher stopped after the hostile file");
    }

    [Fact]
    public async Task A_link_to_a_file_inside_the_folder_is_read()
    {
        var before = (await _host.Store.RawBulletins.ListIdsAsync(null, null)).Count;
        var hidden = Directory.CreateDirectory(Path.Combine(_folder, "originals")).FullName;
        var target = Path.Combine(_folder, "target.json");
        await File.WriteAllTextAsync(target, "链接的公告\n\n正文内容，编号 " + Guid.NewGuid());
        File.CreateSymbolicLink(Path.Combine(_folder, "linked.txt"), target);
        await Eventually.UntilAsync(async () => (await _host.Store.RawBulletins.ListIdsAsync(null, null)).Count == before + 1, TimeSpan.FromSeconds(20),
            () => "the link inside the folder was not ingested");
        Assert.False(Directory.Exists(Path.Combine(_folder, RejectedFiles.FolderName)) && Directory.EnumerateFiles(Path.Combine(_folder, RejectedFiles.FolderName)).Any());
        Directory.Delete(hidden);
    }
}
