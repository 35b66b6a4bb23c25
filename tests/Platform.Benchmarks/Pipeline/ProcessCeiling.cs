using System.Diagnostics;

namespace Platform.Benchmarks.Pipeline;

/// <summary>
/// The embedded ceiling: <c>platform process --json</c> (parse + enrich, no store, no bus) over the same bulletin
/// files, as bulletins/s. Start-up (runtime, dictionaries, gazetteer) is taken out by timing one file and all files:
/// rate = (n - 1) / (t(n) - t(1)).
/// </summary>
public static class ProcessCeiling
{
    /// <summary>Bulletins per second, and CPU milliseconds per bulletin, past start-up.</summary>
    public static async Task<(double PerSecond, double CpuMsPerBulletin)> MeasureAsync(IReadOnlyList<string> files, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(files);
        var (oneWall, oneCpu) = await TimeAsync(files.Take(1), workingDirectory).ConfigureAwait(false);
        var (allWall, allCpu) = await TimeAsync(files, workingDirectory).ConfigureAwait(false);
        // Start-up varies by tenths of a second between runs; unless all the files take longer again than one does,
        // the difference is mostly that variation (50 files once gave 49,000 bulletins/s).
        if (allWall - oneWall < oneWall)
        {
            await Console.Error.WriteLineAsync($"// warning: {files.Count} files took {allWall.TotalSeconds:0.00} s against {oneWall.TotalSeconds:0.00} s for one; " +
                "the start-up-corrected ceiling is mostly noise: use --process-files 300 or more").ConfigureAwait(false);
        }
        return ((files.Count - 1) / Math.Max((allWall - oneWall).TotalSeconds, 1e-3), (allCpu - oneCpu).TotalMilliseconds / (files.Count - 1));
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
