using Platform.Contracts.Documents;

namespace Platform.Storage.Tests;

/// <summary>The store operations the delivery guarantees rest on: leases, stalled-work queries, the event quarantine and dataref.</summary>
public abstract partial class StoreContractTests
{
    private static readonly DateTimeOffset T0 = new(2025, 6, 1, 8, 0, 0, TimeSpan.Zero);

    [SkippableFact]
    public async Task A_lease_has_one_owner_until_it_expires_or_is_released()
    {
        Assert.Null(await Store.Leases.GetAsync("outbox"));
        Assert.True(await Store.Leases.TryAcquireAsync("outbox", "a", T0, T0.AddSeconds(30)));
        Assert.False(await Store.Leases.TryAcquireAsync("outbox", "b", T0.AddSeconds(10), T0.AddSeconds(40)));
        Assert.True(await Store.Leases.TryAcquireAsync("outbox", "a", T0.AddSeconds(10), T0.AddSeconds(40)), "the owner renews");
        Assert.Equal(new Lease("outbox", "a", T0.AddSeconds(40)), await Store.Leases.GetAsync("outbox"));
        Assert.False(await Store.Leases.TryAcquireAsync("outbox", "b", T0.AddSeconds(39), T0.AddSeconds(69)));
        Assert.True(await Store.Leases.TryAcquireAsync("outbox", "b", T0.AddSeconds(41), T0.AddSeconds(71)), "an expired lease is taken over");
        Assert.True(await Store.Leases.TryAcquireAsync("webhooks", "a", T0.AddSeconds(41), T0.AddSeconds(71)), "leases are independent by name");
        await Store.Leases.ReleaseAsync("outbox", "a");
        Assert.Equal("b", (await Store.Leases.GetAsync("outbox"))!.Owner);
        await Store.Leases.ReleaseAsync("outbox", "b");
        Assert.True(await Store.Leases.TryAcquireAsync("outbox", "c", T0.AddSeconds(42), T0.AddSeconds(72)), "a released lease is free at once");
    }

    [SkippableFact]
    public async Task Raw_bulletins_without_a_parsed_bulletin_are_listed_oldest_first_from_a_time()
    {
        await Store.RawBulletins.AddAsync(StoreDocuments.Raw("p-old", new string('7', 64), T0));
        await Store.RawBulletins.AddAsync(StoreDocuments.Raw("p-mid", new string('8', 64), T0.AddMinutes(1)));
        await Store.RawBulletins.AddAsync(StoreDocuments.Raw("p-new", new string('9', 64), T0.AddMinutes(2)));
        await Store.Bulletins.PutAsync(StoreDocuments.Bulletin("p-mid"), null, CancellationToken.None);
        var unparsed = await Store.RawBulletins.ListUnparsedAsync(T0, 10);
        Assert.Equal(["p-old", "p-new"], unparsed.Select(u => u.Id));
        Assert.Equal(new UnparsedBulletin("p-old", "test-source", new string('7', 64), T0), unparsed[0]);
        Assert.Equal(["p-new"], (await Store.RawBulletins.ListUnparsedAsync(T0.AddSeconds(1), 10)).Select(u => u.Id));
        Assert.Single(await Store.RawBulletins.ListUnparsedAsync(T0, 1));
    }

    [SkippableFact]
    public async Task Unfinished_bulletins_are_those_neither_published_nor_rejected_paged_by_id()
    {
        await Store.Bulletins.PutAsync(StoreDocuments.Bulletin("u-1"), null, CancellationToken.None);
        await Store.Bulletins.PutAsync(StoreDocuments.Bulletin("u-2") with { Status = PipelineStatus.Published }, null, CancellationToken.None);
        await Store.Bulletins.PutAsync(StoreDocuments.Bulletin("u-3") with { Status = PipelineStatus.Rejected, RejectReason = "empty" }, null, CancellationToken.None);
        await Store.Bulletins.PutAsync(StoreDocuments.Bulletin("u-4"), null, CancellationToken.None);
        var first = await Store.Bulletins.PutAsync(StoreDocuments.Bulletin("u-5"), null, CancellationToken.None);
        await Store.Bulletins.PutAsync(StoreDocuments.Bulletin("u-5") with { Status = PipelineStatus.Published }, StoreDocuments.Bulletin("u-5") with { Version = first },
            CancellationToken.None);
        var unfinished = await Store.Bulletins.ListUnfinishedAsync(null, 10);
        Assert.Equal(["u-1", "u-4"], unfinished.Select(b => b.Id));
        Assert.Equal(1, unfinished[0].Version);
        Assert.Equal(["u-1"], (await Store.Bulletins.ListUnfinishedAsync(null, 1)).Select(b => b.Id));
        Assert.Equal(["u-4"], (await Store.Bulletins.ListUnfinishedAsync("u-1", 10)).Select(b => b.Id));
    }

    [SkippableFact]
    public async Task A_quarantined_event_leaves_the_outbox_stays_in_the_log_and_can_be_released()
    {
        var sequences = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            sequences.Add((await Store.Events.AppendAsync(new NewEvent($"q{i}", "article.published", $"a-0{i}", "article.published.00.none", "{}"))).Event.Sequence);
        }
        await Store.Events.QuarantineAsync(sequences[1], "message size 20700000 is larger than configured max size 16777216", T0);
        Assert.Equal([sequences[0], sequences[2]], (await Store.Events.ListUndispatchedAsync(10)).Select(e => e.Sequence));
        Assert.Equal(3, (await Store.Events.ReadAsync(0, 10)).Count);
        var quarantined = Assert.Single(await Store.Events.ListQuarantinedAsync(10));
        var stored = (await Store.Events.ReadAsync(sequences[0], 1))[0];
        Assert.Equal(new QuarantinedEvent(sequences[1], stored.Id, "article.published", "a-01",
            "message size 20700000 is larger than configured max size 16777216", T0), quarantined);
        await Store.Events.QuarantineAsync(sequences[1], "refused again", T0.AddMinutes(1));
        Assert.Equal("refused again", Assert.Single(await Store.Events.ListQuarantinedAsync(10)).Reason);

        Assert.True(await Store.Events.ReleaseQuarantinedAsync(sequences[1]));
        Assert.False(await Store.Events.ReleaseQuarantinedAsync(sequences[1]));
        Assert.Empty(await Store.Events.ListQuarantinedAsync(10));
        Assert.Equal(sequences, (await Store.Events.ListUndispatchedAsync(10)).Select(e => e.Sequence));
    }

    [SkippableFact]
    public async Task An_event_keeps_its_dataref()
    {
        var (truncated, _) = await Store.Events.AppendAsync(new NewEvent("big", "article.published", "a-01", "article.published.00.none", "{}",
            "https://platform.example/v1/articles/a-01"));
        var (plain, _) = await Store.Events.AppendAsync(new NewEvent("small", "article.published", "a-02", "article.published.00.none", "{}"));
        Assert.Equal("https://platform.example/v1/articles/a-01", truncated.DataRef);
        var read = await Store.Events.ReadAsync(0, 10);
        Assert.Equal(["https://platform.example/v1/articles/a-01", null], read.Select(e => e.DataRef));
        Assert.Null(plain.DataRef);
    }
}
