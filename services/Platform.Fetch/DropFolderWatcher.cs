using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Fetch.Configuration;
using Platform.Fetch.DropFolder;
using Platform.Hosting;
using Platform.Storage;

namespace Platform.Fetch;

/// <summary>
/// Scans the drop folder and ingests new files through <see cref="BulletinIntake"/> (the path HTTP push takes).
/// Polling rather than file-system events: it works on bind mounts and network volumes, and a file is taken
/// only once its size and time stopped changing between two scans (no half-copied files). The folder may be
/// read-only; content deduplication makes a rescan after restart harmless. Only regular files (or links to files in the
/// folder) are read, bounded in size and time; a refused file is recorded as a failure and moved to <c>rejected/</c>
/// with its reason. Nothing a file holds stops the host.
/// Without <c>Platform:Fetch:DropFolder</c> it does nothing.
/// </summary>
public sealed partial class DropFolderWatcher(BulletinIntake intake, IDocumentStore store, StoreReadiness readiness, IOptions<FetchOptions> options,
    TimeProvider time, ILogger<DropFolderWatcher> logger) : BackgroundService
{
    private static readonly string[] Extensions = [".txt", ".text", ".html", ".htm", ".pdf", ".docx", ".doc"];
    private readonly Dictionary<string, (long Size, DateTime Written)> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Size, DateTime Written)> _candidates = new(StringComparer.Ordinal);

    /// <summary>How long opening and reading one file may take before it is refused.</summary>
    public static readonly TimeSpan ReadDeadline = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.DropFolder)) return;
        var folder = options.Value.DropFolder;
        await readiness.WhenInitialized.WaitAsync(stoppingToken).ConfigureAwait(false);
        LogWatching(logger, folder);
        await PeriodicWork.RunAsync(async ct =>
            {
                await ScanAsync(folder, ct).ConfigureAwait(false);
                return options.Value.DropFolderInterval;
            },
            (ex, _) =>
            {
                LogScanFailed(logger, folder, ex.Message);
                return Task.FromResult(options.Value.DropFolderInterval);
            }, time, stoppingToken).ConfigureAwait(false);
    }

    /// <summary>One scan: files unchanged since the previous scan are ingested; unusable ones go to <c>rejected/</c>.</summary>
    public async Task ScanAsync(string folder, CancellationToken ct)
    {
        if (!Directory.Exists(folder)) return;
        // Entries, not files: a link or a FIFO is met here without being opened or followed.
        var entries = new DirectoryInfo(folder).EnumerateFileSystemInfos().OfType<FileInfo>().OrderBy(f => f.FullName, StringComparer.Ordinal);
        foreach (var info in entries)
        {
            var path = info.FullName;
            if (!Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase)) continue;
            var stamp = (info.Length, info.LastWriteTimeUtc);
            if (_seen.TryGetValue(path, out var done) && done == stamp) continue;
            if (!_candidates.TryGetValue(path, out var previous) || previous != stamp)
            {
                _candidates[path] = stamp;
                continue;
            }
            _candidates.Remove(path);
            _seen[path] = stamp;
            try
            {
                await IngestAsync(folder, info, ct).ConfigureAwait(false);
            }
            catch (StoreUnavailableException)
            {
                _seen.Remove(path);
                throw;
            }
            catch (Exception ex) when (!ct.IsCancellationRequested && !PassFailure.IsFatal(ex))
            {
                await RejectAsync(folder, path, $"could not be ingested: {ex.Message}", ct).ConfigureAwait(false);
            }
        }
    }

    private async Task IngestAsync(string folder, FileInfo info, CancellationToken ct)
    {
        var path = info.FullName;
        var max = options.Value.MaxBodyBytes;
        var (readPath, refusal) = DroppedFile.Inspect(folder, info, max);
        if (readPath is null)
        {
            await RejectAsync(folder, path, refusal!, ct).ConfigureAwait(false);
            return;
        }
        var (bytes, unreadable) = await DroppedFileReader.ReadAsync(readPath, max, ReadDeadline, ct).ConfigureAwait(false);
        if (bytes is null)
        {
            await RejectAsync(folder, path, unreadable!, ct).ConfigureAwait(false);
            return;
        }
        var contentType = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".html" or ".htm" => "text/html",
            ".txt" or ".text" => "text/plain",
            _ => null,
        };
        var outcome = await intake.IngestAsync(new IngestRequest(bytes, contentType, "drop-folder", "file://" + path, FileName: path), ct).ConfigureAwait(false);
        if (outcome.Status == IngestStatus.Rejected)
        {
            await RejectAsync(folder, path, $"{outcome.Failure!.Title}: {outcome.Failure.Detail}", ct).ConfigureAwait(false);
        }
    }

    private async Task RejectAsync(string folder, string path, string reason, CancellationToken ct)
    {
        LogRefused(logger, path, reason);
        await store.Failures.RecordAsync(new Failure("fetch", "file://" + path, reason, time.GetUtcNow()), ct).ConfigureAwait(false);
        if (RejectedFiles.Move(folder, path, reason) is { } notMoved) LogNotMoved(logger, path, notMoved);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching drop folder {Folder}")]
    private static partial void LogWatching(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Drop folder {Folder} scan failed: {Reason}")]
    private static partial void LogScanFailed(ILogger logger, string folder, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Drop folder file {Path} refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string path, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused drop folder file {Path} stays in place: {Reason}")]
    private static partial void LogNotMoved(ILogger logger, string path, string reason);
}
