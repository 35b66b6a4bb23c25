using System.Diagnostics;

namespace Platform.Benchmarks.Pipeline;

/// <summary>
/// The embedded ceiling: <c>platform process --json</c> (parse + enrich, no store, no bus) over the same bulletin
/// files, as bulletins/s. Start-up (runtime, dictionaries, gazetteer) and the JIT's warm-up are taken out by timing
/// the first w files and all n files: rate = (n - w) / (t(n) - t(w)). The embedded side is measured past the same
/// warm-up, so both are steady states.
/// </summary>
public static class ProcessCeiling
{
    /// <summary>Bulletins per second, and CPU milliseconds per bulletin, past the warm-up.</summary>
    /// <param name="files">The bulletin files; the first <paramref name="warmUp"/> of them only warm the process up.</param>
    /// <param name="warmUp">Files before the measured ones (at least 1, which takes out start-up alone).</param>
    /// <param name="workingDirectory">Where <c>platform process</c> runs.</param>
    public static async Task<(double PerSecond, double CpuMsPerBulletin)> MeasureAsync(IReadOnlyList<string> files, int warmUp, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(files);
        warmUp = Math.Clamp(warmUp, 1, files.Count - 1);
        var (warmWall, warmCpu) = await TimeAsync(files.Take(warmUp), workingDirectory).ConfigureAwait(false);
        var (allWall, allCpu) = await TimeAsync(files, workingDirectory).ConfigureAwait(false);
        // Start-up varies by tenths of a second between runs; unless the measured files take longer again than the
        // warm-up does, the difference is mostly that variation (50 files after one once gave 49,000 bulletins/s).
        if (allWall - warmWall < warmWall)
        {
            await Console.Error.WriteLineAsync($"// warning: {files.Count} files took {allWall.TotalSeconds:0.00} s against {warmWall.TotalSeconds:0.00} s for {warmUp}; " +
                "the corrected ceiling is mostly noise: use --process-files 1000 or more").ConfigureAwait(false);
        }
        var measured = files.Count - warmUp;
        return (measured / Math.Max((allWall - warmWall).TotalSeconds, 1e-3), (allCpu - warmCpu).TotalMilliseconds / measured);
    }

    private static async Task<(TimeSpan Wall, TimeSpan Cpu)> TimeAsync(IEnumerable<string> files, string workingDirectory)
    {
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(BuiltPrograms.Cli);
        psi.ArgumentList.Add("process");
        psi.ArgumentList.Add("--json");
        foreach (var f in files) psi.ArgumentList.Add(f);
        var cpu = ChildrenCpu.Used();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(psi)!;
        // Read the output as a consumer would, so writing it is part of the time.
        var output = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        await output.ConfigureAwait(false);
        clock.Stop();
        if (process.ExitCode != 0) throw new InvalidOperationException($"platform process exited with {process.ExitCode}: {await errors.ConfigureAwait(false)}");
        return (clock.Elapsed, ChildrenCpu.Used() - cpu);
    }
}
