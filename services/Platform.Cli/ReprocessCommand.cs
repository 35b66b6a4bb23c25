using System.CommandLine;
using System.Diagnostics;
using Platform.Contracts.Documents;
using Platform.Contracts.Public;
using Platform.Fetch;
using Platform.Hosting;
using Platform.Hosting.Configuration;
using Platform.Storage;

namespace Platform.Cli;

/// <summary>
/// <c>platform reprocess</c>: re-runs parse and enrich on stored raw bulletins (after a parser or enricher
/// upgrade) by announcing them again. Changed documents are published as <c>article.updated</c>; unchanged
/// ones emit nothing. On the embedded default the whole pipeline runs in this process; with
/// Platform__Transport__Kind=rabbitmq the announcements go to the running services.
/// </summary>
public static class ReprocessCommand
{
    public static Command Create()
    {
        var ids = new Option<string[]>("--id") { Description = "Bulletin ids to reprocess (default: all).", AllowMultipleArgumentsPerToken = true };
        var from = new Option<DateTimeOffset?>("--from") { Description = "Only bulletins received at or after this time." };
        var to = new Option<DateTimeOffset?>("--to") { Description = "Only bulletins received at or before this time." };
        var data = new Option<string?>("--data") { Description = "Directory of the SQLite store (default ./data)." };
        var command = new Command("reprocess", "Re-run parse and enrich for stored raw bulletins.") { ids, from, to, data };
        command.SetAction((r, ct) => RunAsync(r.GetValue(ids) ?? [], r.GetValue(from), r.GetValue(to), r.GetValue(data), ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] ids, DateTimeOffset? from, DateTimeOffset? to, string? data, CancellationToken ct)
    {
        var distributed = SettingsRegistration.Read<TransportOptions, TransportOptionsValidator>(CliConfiguration.Build()).Kind == TransportKind.RabbitMq;
        await using var app = distributed ? BuildAnnouncer(data) : EmbeddedPlatform.Build("http://127.0.0.1:0", data, quiet: true);
        await app.StartAsync(ct).ConfigureAwait(false);
        var store = app.Services.GetRequiredService<IDocumentStore>();
        await app.Services.GetRequiredService<StoreReadiness>().WhenInitialized.WaitAsync(TimeSpan.FromSeconds(60), ct).ConfigureAwait(false);

        var selected = ids.Length > 0 ? ids : await store.RawBulletins.ListIdsAsync(from, to, ct).ConfigureAwait(false);
        var lastEvent = await store.Events.LastSequenceAsync(ct).ConfigureAwait(false);
        var intake = app.Services.GetRequiredService<BulletinIntake>();
        var missing = 0;
        foreach (var id in selected)
        {
            var raw = await store.RawBulletins.GetReceiptAsync(id, ct).ConfigureAwait(false);
            if (raw is null)
            {
                missing++;
                await Console.Error.WriteLineAsync($"error: no stored bulletin '{id}'").ConfigureAwait(false);
                continue;
            }
            await intake.AnnounceAsync(raw, ct).ConfigureAwait(false);
        }
        if (distributed)
        {
            Console.WriteLine($"Announced {selected.Count - missing} bulletins to the running services.");
        }
        else
        {
            await WaitUntilSettledAsync(store, ct).ConfigureAwait(false);
            var events = await store.Events.ReadAsync(lastEvent, 1000, ct).ConfigureAwait(false);
            Console.WriteLine($"Reprocessed {selected.Count - missing} bulletins: {events.Count(e => e.Type == EventTypes.ArticleUpdated)} articles updated, "
                + $"{events.Count(e => e.Type == EventTypes.ArticlePublished)} newly published, {events.Count(e => e.Type == EventTypes.BulletinRejected)} rejected.");
        }
        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        return missing > 0 ? 1 : 0;
    }

    /// <summary>The in-process pipeline is settled when the event log and the unpublished article count stop changing.</summary>
    private static async Task WaitUntilSettledAsync(IDocumentStore store, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        (long, int) last = (-1, -1);
        while (clock.Elapsed < TimeSpan.FromMinutes(10))
        {
            await Task.Delay(500, ct).ConfigureAwait(false);
            var pending = 0;
            foreach (var status in new[] { PipelineStatus.Parsed, PipelineStatus.Enriched })
            {
                pending += (await store.Articles.QueryAsync(new ArticleQuery(Status: status, Limit: 500), ct).ConfigureAwait(false)).Items.Count;
            }
            var now = (await store.Events.LastSequenceAsync(ct).ConfigureAwait(false), pending);
            if (now == last && pending == 0) return;
            last = now;
        }
    }

    /// <summary>A process on the configured broker that only announces, through the intake's one announce path.</summary>
    private static WebApplication BuildAnnouncer(string? data) =>
        PlatformHost.Build("reprocess", [], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Urls"] = "http://127.0.0.1:0" });
            if (data is not null) builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Platform:Store:SqlitePath"] = Path.Combine(data, "platform.db") });
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }, bus => bus.AddBulletinIntake());
}
