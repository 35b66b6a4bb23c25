using System.Diagnostics;
using Platform.Contracts.Documents;
using Platform.Fetch;
using Platform.Storage;

namespace Platform.Cli;

/// <summary>
/// Ingests files through the fetch stage with a bounded number in flight, and waits for each to be published or
/// rejected (one event-log watcher for all of them) rather than one file at a time.
/// </summary>
public sealed class FolderIngest(BulletinIntake intake, IDocumentStore store, int concurrency, TimeSpan timeout)
{
    private int _ingested;
    private int _finished;

    /// <summary>One file's outcome: how fetch answered, the bulletin as it ended up, its articles and how long it took.</summary>
    public sealed record FileResult(string File, IngestOutcome Outcome, Bulletin? Bulletin, IReadOnlyList<Article> Articles, TimeSpan Elapsed);

    public int Ingested => Volatile.Read(ref _ingested);

    public int Finished => Volatile.Read(ref _finished);

    /// <summary>The results in the order of <paramref name="files"/>.</summary>
    public async Task<IReadOnlyList<FileResult>> RunAsync(IReadOnlyList<string> files, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(files);
        var watcher = new PublicationWatcher(store);
        using var stopWatching = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var watching = watcher.WatchAsync(await store.Events.LastSequenceAsync(ct).ConfigureAwait(false), stopWatching.Token);
        var results = new FileResult[files.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, files.Count), new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = ct }, async (i, token) =>
        {
            var file = files[i];
            var started = Stopwatch.StartNew();
            var outcome = await intake.IngestAsync(new IngestRequest(await File.ReadAllBytesAsync(file, token).ConfigureAwait(false),
                InputFiles.ContentTypeOf(file), "cli", Path.GetFullPath(file)), token).ConfigureAwait(false);
            Interlocked.Increment(ref _ingested);
            Bulletin? bulletin = null;
            IReadOnlyList<Article> articles = [];
            if (outcome.Status != IngestStatus.Rejected)
            {
                bulletin = await watcher.WaitAsync(outcome.BulletinId!, timeout, token).ConfigureAwait(false);
                if (bulletin is not null)
                {
                    articles = await store.Articles.QueryAllAsync(new ArticleQuery(BulletinId: bulletin.Id), token).ConfigureAwait(false);
                }
            }
            results[i] = new FileResult(file, outcome, bulletin, articles, started.Elapsed);
            Interlocked.Increment(ref _finished);
        }).ConfigureAwait(false);
        await stopWatching.CancelAsync().ConfigureAwait(false);
        await watching.ConfigureAwait(false);
        return results;
    }
}
