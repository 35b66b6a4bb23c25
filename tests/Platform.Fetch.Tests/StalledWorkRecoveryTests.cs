using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Platform.Contracts.Documents;
using Platform.Contracts.Messages;
using Platform.Fetch.Configuration;
using Platform.Hosting;
using Platform.Storage;
using Platform.Storage.Tests;

namespace Platform.Fetch.Tests;

/// <summary>Issue 13 item 1: work whose message was lost at any stage is announced again once it is past the deadline.</summary>
public sealed class StalledWorkRecoveryTests
{
    [Fact]
    public async Task Bulletins_stalled_at_parse_enrich_and_publish_past_the_deadline_are_announced_again_and_younger_ones_are_not()
    {
        await using var stage = await StageHarness.StartAsync(_ => { });
        var store = stage.Store;
        var now = DateTimeOffset.UtcNow;
        var old = now.AddHours(-1);
        // Stored and announced, but its BulletinReceived was dropped: no bulletin document.
        await store.RawBulletins.AddAsync(StoreDocuments.Raw("raw-old", new string('1', 64), old) with { Announced = true });
        await store.RawBulletins.AddAsync(StoreDocuments.Raw("raw-new", new string('2', 64), now) with { Announced = true });
        // Parsed, its BulletinParsed dropped; and enriched, its BulletinEnriched dropped.
        await PutAsync(store, "par", old, PipelineStatus.Parsed);
        await PutAsync(store, "enr", old, PipelineStatus.Enriched);
        await PutAsync(store, "young", now, PipelineStatus.Parsed);

        var recovery = new StalledWorkRecovery(store, new StoreReadiness(), stage.Harness.Bus,
            Options.Create(new FetchOptions { StalledAfter = TimeSpan.FromMinutes(10) }), TimeProvider.System, NullLogger<StalledWorkRecovery>.Instance);
        Assert.Equal(3, await recovery.RecoverAsync(stage.Harness.Bus, CancellationToken.None));

        Assert.True(await stage.Harness.Published.Any<BulletinReceived>(m => m.Context.Message.BulletinId == "raw-old"));
        Assert.True(await stage.Harness.Published.Any<BulletinParsed>(m => m.Context.Message.BulletinId == "par"));
        Assert.True(await stage.Harness.Published.Any<BulletinEnriched>(m => m.Context.Message.BulletinId == "enr"));
        Assert.False(await stage.Harness.Published.Any<BulletinReceived>(m => m.Context.Message.BulletinId == "raw-new"));
        Assert.False(await stage.Harness.Published.Any<BulletinParsed>(m => m.Context.Message.BulletinId == "young"));
    }

    private static async Task PutAsync(IDocumentStore store, string id, DateTimeOffset receivedAt, PipelineStatus articleStatus)
    {
        await store.Articles.PutAsync(StoreDocuments.Article(id, 1) with { Status = articleStatus }, null, CancellationToken.None);
        await store.Bulletins.PutAsync(StoreDocuments.Bulletin(id) with { ReceivedAt = receivedAt }, null, CancellationToken.None);
    }
}
