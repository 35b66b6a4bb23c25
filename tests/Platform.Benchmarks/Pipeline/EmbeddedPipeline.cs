using System.Text;
using Platform.Cli.Load;

namespace Platform.Benchmarks.Pipeline;

/// <summary>
/// The embedded platform (<c>platform run</c>: one process, in-memory bus, SQLite) under load, beside its ceiling
/// (<c>platform process</c> over the same bulletins) in the same run: sustained bulletins/s, the curve per 1,000
/// stored (throughput, resident memory, data directory), then push→published latency at half the measured rate.
/// </summary>
public static class EmbeddedPipeline
{
    public sealed record Result(
        double ProcessPerSecond,
        double ProcessCpuMsPerBulletin,
        double PlatformCpuMsPerBulletin,
        LoadReport Full,
        LoadReport HalfLoad,
        IReadOnlyList<CurvePoint> Curve,
        long InputBytes,
        long DataBytes);

    public static async Task<Result> RunAsync(int bulletins, int concurrency, int processFiles, int seed, IReadOnlyDictionary<string, string> settings)
    {
        var dir = Directory.CreateTempSubdirectory("pipeline-embedded-").FullName;
        try
        {
            var corpus = LoadCorpus.Seeds();
            var files = WriteFiles(new BulletinGenerator(corpus, seed), Math.Min(processFiles, bulletins), Path.Combine(dir, "in"));
            Console.Error.WriteLine($"// platform process over {files.Count} generated bulletins");
            var (processRate, processCpu) = await ProcessCeiling.MeasureAsync(files, dir).ConfigureAwait(false);
            Console.Error.WriteLine($"// platform process: {processRate:0.0} bulletins/s, {processCpu:0.0} CPU ms per bulletin");

            var port = ChildProcess.FreePort();
            var address = new Uri($"http://127.0.0.1:{port}/");
            var data = Path.Combine(dir, "data");
            var environment = new Dictionary<string, string>(settings)
            {
                ["Platform__Fetch__ApiKeys"] = "bench=" + LoadDriver.Key,
                ["Platform__Fetch__RateLimitPerMinute"] = "100000000",
            };
            using var platform = new ChildProcess(BuiltPrograms.Cli, ["run", "--urls", address.ToString().TrimEnd('/'), "--data", data], environment, dir);
            await platform.WaitForReadyAsync(address, TimeSpan.FromMinutes(2)).ConfigureAwait(false);
            // The same seed: the first bulletins pushed are the files platform process just read.
            var generator = new BulletinGenerator(corpus, seed);
            var cpuBefore = platform.CpuTime();
            var (full, curve) = await LoadDriver.RunAsync(address, address, generator, bulletins, concurrency, null,
                () => (platform.ResidentBytes(), LoadDriver.DirectoryBytes(data))).ConfigureAwait(false);
            var platformCpu = (platform.CpuTime() - cpuBefore).TotalMilliseconds / Math.Max(1, full.Published);
            var halfRate = Math.Max(0.5, full.BulletinsPerSecond / 2);
            var halfCount = (int)Math.Clamp(halfRate * 60, 50, 1000);
            Console.Error.WriteLine($"// half load: {halfCount} bulletins at {halfRate:0.0}/s");
            var (half, _) = await LoadDriver.RunAsync(address, address, generator, halfCount, concurrency, halfRate,
                () => (platform.ResidentBytes(), LoadDriver.DirectoryBytes(data))).ConfigureAwait(false);
            return new Result(processRate, processCpu, platformCpu, full, half, curve, full.BytesPushed + half.BytesPushed, LoadDriver.DirectoryBytes(data));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static List<string> WriteFiles(BulletinGenerator generator, int count, string folder)
    {
        Directory.CreateDirectory(folder);
        return Enumerable.Range(0, count).Select(i =>
        {
            var path = Path.Combine(folder, $"{i:D5}.txt");
            File.WriteAllText(path, generator.Next(), new UTF8Encoding(false));
            return path;
        }).ToList();
    }
}
