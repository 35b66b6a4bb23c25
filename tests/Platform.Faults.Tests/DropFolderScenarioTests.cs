using System.Diagnostics;
using System.Net;
using System.Text;

namespace Platform.Faults.Tests;

/// <summary>
/// Issue 13 item 7 with the four services as processes: fetch watches a drop folder holding the scenario's bulletins
/// beside the audit's hostile entries (a link to a file outside the folder, a link to /dev/zero, a FIFO, an HTML page
/// declaring UTF-7, a file over the body limit). The good files are published once each, every hostile entry is moved
/// to <c>rejected/</c> with its reason, fetch stays alive, and the outside file's text is never stored.
/// </summary>
[Collection(ProcessScenarios.Name)]
public sealed class DropFolderScenarioTests(ITestOutputHelper output)
{
    // Small enough that the oversized file stays cheap to write; every seed-made bulletin is far below it.
    private const int MaxBodyBytes = 256 * 1024;

    [Fact]
    public async Task Hostile_entries_are_rejected_with_reasons_and_the_good_files_are_published_once()
    {
        var root = Directory.CreateTempSubdirectory("faults-drop-").FullName;
        try
        {
            var folder = Directory.CreateDirectory(Path.Combine(root, "drop")).FullName;
            var secret = Guid.NewGuid().ToString("N"); // ASCII: normalization leaves it as written
            var outside = Path.Combine(root, "outside.txt");
            await File.WriteAllTextAsync(outside, OutsideBulletin(secret));
            using var settings = new EnvironmentSettings(new Dictionary<string, string>
            {
                ["Platform__Fetch__DropFolder"] = folder,
                ["Platform__Fetch__DropFolderInterval"] = "00:00:01",
                ["Platform__Fetch__MaxBodyBytes"] = MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            await using var pipeline = await ServicePipeline.StartAsync();
            var tap = await ExchangeTap.BindAsync(pipeline.Exchange);

            var hostile = await WriteHostileEntriesAsync(folder, outside);
            var texts = ScenarioSettings.Texts("投放目录测试").ToList();
            for (var i = 0; i < texts.Count; i++) await File.WriteAllTextAsync(Path.Combine(folder, $"good-{i:D3}.txt"), texts[i]);
            var clock = Stopwatch.StartNew();

            var rejected = Path.Combine(folder, "rejected");
            await Eventually.UntilAsync(() => Task.FromResult(hostile.All(name => File.Exists(Path.Combine(rejected, name + ".reason.txt")))),
                TimeSpan.FromMinutes(1), () => $"rejected/ holds {string.Join(", ", Listing(rejected))}\n{pipeline["Fetch"].Output}");
            IReadOnlyList<string> accepted = [];
            await Eventually.UntilAsync(async () => (accepted = await pipeline.Store.RawBulletins.ListIdsAsync(null, null)).Count >= texts.Count,
                TimeSpan.FromMinutes(1), () => $"{accepted.Count} of {texts.Count} files stored\n{pipeline["Fetch"].Output}");
            var (counts, recovered) = await ScenarioOutcome.MeasureAsync(pipeline, accepted, tap, clock, TimeSpan.FromMinutes(2),
                $"drop folder: {texts.Count} files + {hostile.Count} hostile entries");
            var stored = new List<string>();
            foreach (var id in accepted) stored.Add(await pipeline.Store.RawBulletins.GetAsync(id) is { } raw ? raw.Text + Encoding.UTF8.GetString(raw.Bytes) : "");
            var live = await LiveStatusAsync(pipeline["Fetch"]);
            output.WriteLine(counts.Summary(recovered));
            foreach (var name in hostile) output.WriteLine($"{name}: {File.ReadAllText(Path.Combine(rejected, name + ".reason.txt")).Trim()}");

            Assert.Equal(texts.Count, accepted.Count);
            counts.AssertNothingLostStrandedOrDuplicated();
            counts.AssertErrorQueues();
            Assert.All(hostile, name => Assert.False(Path.Exists(Path.Combine(folder, name)), $"{name} is still in the drop folder"));
            Assert.All(hostile, name => Assert.NotEqual("", File.ReadAllText(Path.Combine(rejected, name + ".reason.txt")).Trim()));
            Assert.False(pipeline["Fetch"].HasExited, $"fetch exited with {pipeline["Fetch"].ExitCode}");
            Assert.Equal(HttpStatusCode.OK, live);
            Assert.DoesNotContain(stored, text => text.Contains(secret, StringComparison.Ordinal));
            Assert.True(File.Exists(outside), "the link's target was moved; only the link may be");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>The audit's hostile entries, each with an extension the watcher takes; returns their names.</summary>
    private static async Task<List<string>> WriteHostileEntriesAsync(string folder, string outside)
    {
        File.CreateSymbolicLink(Path.Combine(folder, "outside-link.txt"), outside);
        File.CreateSymbolicLink(Path.Combine(folder, "zero.txt"), "/dev/zero");
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(folder, "pipe.txt")))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }
        await File.WriteAllTextAsync(Path.Combine(folder, "utf7.html"),
            "<html><head><meta charset=\"utf-7\"><title>+ZeVnLA-</title></head><body><p>+ZeVnLGWHZi5eevo-</p></body></html>", Encoding.ASCII);
        var line = string.Concat(Enumerable.Repeat("精神文明建设", 20)) + "\n";
        await File.WriteAllTextAsync(Path.Combine(folder, "oversized.txt"),
            string.Concat(Enumerable.Repeat(line, MaxBodyBytes / Encoding.UTF8.GetByteCount(line) + 2)));
        return ["outside-link.txt", "zero.txt", "pipe.txt", "utf7.html", "oversized.txt"];
    }

    /// <summary>A bulletin fetch would take, were it read: the test can only show it was not by it being acceptable.</summary>
    private static string OutsideBulletin(string secret) => ServicePipeline.SeedTexts()[0] + $"\n\n投放目录之外的文件{secret}。";

    private static async Task<HttpStatusCode> LiveStatusAsync(ServiceProcess fetch)
    {
        using var http = new HttpClient { BaseAddress = fetch.BaseAddress, Timeout = TimeSpan.FromSeconds(15) };
        using var response = await http.GetAsync("health/live");
        return response.StatusCode;
    }

    private static IEnumerable<string> Listing(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFileSystemEntries(folder).Select(e => Path.GetFileName(e)) : [];
}
