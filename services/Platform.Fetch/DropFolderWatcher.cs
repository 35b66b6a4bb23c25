using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Fetch.Configuration;
using Platform.Hosting;
using Platform.Storage;

namespace Platform.Fetch;

/// <summary>
/// Scans the drop folder and ingests new files through <see cref="BulletinIntake"/> (the path HTTP push takes).
/// Polling rather than file-system events: it works on bind mounts and network volumes, and a file is taken
/// only once its size and time stopped changing between two scans (no half-copied files). The folder may be
/// read-only; content deduplication makes a rescan after restart harmless. Refused files are recorded as failures.
/// Without <c>Platform:Fetch:DropFolder</c> it does nothing.
/// </summary>
public sealed partial class DropFolderWatcher(BulletinIntake intake, IDocumentStore store, StoreReadiness readiness, IOptions<FetchOptions> options,
    TimeProvider time, ILogger<DropFolderWatcher> logger) : BackgroundService
{
    private static readonly string[] Extensions = [".txt", ".text", ".html", ".htm", ".pdf", ".docx", ".doc"];
    private readonly Dictionary<string, (long Size, DateTime Written)> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Size, DateTime Written)> _candidates = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.DropFolder)) return;
        var folder = options.Value.DropFolder;
        await readiness.WhenInitialized.WaitAsync(stoppingToken).ConfigureAwait(false);
        LogWatching(logger, folder);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ScanAsync(folder, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or StoreUnavailableException)
            {
                LogScanFailed(logger, folder, ex.Message);
            }
            await Task.Delay(options.Value.DropFolderInterval, time, stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>One scan: files unchanged since the previous scan are ingested.</summary>
    public async Task ScanAsync(string folder, CancellationToken ct)
    {
        if (!Directory.Exists(folder)) return;
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            if (!Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase)) continue;
            var info = new FileInfo(path);
            var stamp = (info.Length, info.LastWriteTimeUtc);
            if (_seen.TryGetValue(path, out var done) && done == stamp) continue;
            if (!_candidates.TryGetValue(path, out var previous) || previous != stamp)
            {
                _candidates[path] = stamp;
                continue;
            }
            _candidates.Remove(path);
            _seen[path] = stamp;
            await IngestAsync(path, info, ct).ConfigureAwait(false);
        }
    }

    private async Task IngestAsync(string path, FileInfo info, CancellationToken ct)
    {
        if (info.Length > options.Value.MaxBodyBytes)
        {
            await RecordRefusalAsync(path, $"file exceeds Platform:Fetch:MaxBodyBytes ({options.Value.MaxBodyBytes} bytes)", ct).ConfigureAwait(false);
            return;
        }
        var bytes = await File.ReadAllBytesAsync(path, ct).ConfigureAwait(false);
        var contentType = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".html" or ".htm" => "text/html",
            ".txt" or ".text" => "text/plain",
            _ => null,
        };
        var outcome = await intake.IngestAsync(new IngestRequest(bytes, contentType, "drop-folder", "file://" + path, FileName: path), ct).ConfigureAwait(false);
        if (outcome.Status == IngestStatus.Rejected)
        {
            await RecordRefusalAsync(path, $"{outcome.Failure!.Title}: {outcome.Failure.Detail}", ct).ConfigureAwait(false);
        }
    }

    private async Task RecordRefusalAsync(string path, string reason, CancellationToken ct)
    {
        LogRefused(logger, path, reason);
        await store.Failures.RecordAsync(new Failure("fetch", "file://" + path, reason, time.GetUtcNow()), ct).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching drop folder {Folder}")]
    private static partial void LogWatching(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Drop folder {Folder} scan failed: {Reason}")]
    private static partial void LogScanFailed(ILogger logger, string folder, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Drop folder file {Path} refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string path, string reason);
}
