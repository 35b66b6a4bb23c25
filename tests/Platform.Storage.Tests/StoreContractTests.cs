using Platform.Contracts.Documents;

namespace Platform.Storage.Tests;

/// <summary>
/// The behaviour every store adapter must have. SQLite runs it always; MongoDB runs it when MONGODB_URI is set
/// and reports it skipped otherwise (an adapter that cannot run throws <see cref="SkipException"/> from
/// <see cref="CreateStoreAsync"/>).
/// </summary>
public abstract partial class StoreContractTests : IAsyncLifetime
{
    private IDocumentStore? _store;

    protected IDocumentStore Store => _store ?? throw new InvalidOperationException("store not created");

    protected abstract Task<IDocumentStore> CreateStoreAsync();

    public async Task InitializeAsync()
    {
        _store = await CreateStoreAsync();
        await _store.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_store is not null) await _store.DisposeAsync();
    }

    [SkippableFact]
    public async Task Initialize_twice_is_harmless()
    {
        await Store.InitializeAsync();
        await Store.PingAsync();
    }

    [SkippableFact]
    public async Task Raw_bulletin_round_trips_bytes_and_text()
    {
        var raw = StoreDocuments.Raw("b1", new string('1', 64));
        Assert.True((await Store.RawBulletins.AddAsync(raw)).Inserted);
        var back = await Store.RawBulletins.GetAsync("b1");
        Assert.NotNull(back);
        Assert.Equal(raw.Bytes, back.Bytes);
        Assert.Equal("中文正文", back.Text);
        Assert.Equal(raw.ReceivedAt, back.ReceivedAt);
        Assert.False(back.Announced);
    }

    [SkippableFact]
    public async Task Raw_bulletin_with_same_sha256_is_a_duplicate_of_the_first()
    {
        var sha = new string('2', 64);
        await Store.RawBulletins.AddAsync(StoreDocuments.Raw("first", sha));
        var second = await Store.RawBulletins.AddAsync(StoreDocuments.Raw("second", sha));
        Assert.False(second.Inserted);
        Assert.Equal("first", second.Id);
        Assert.Null(await Store.RawBulletins.GetAsync("second"));
    }

    [SkippableFact]
    public async Task Unannounced_bulletins_are_listed_until_marked()
    {
        await Store.RawBulletins.AddAsync(StoreDocuments.Raw("u1", new string('3', 64)));
        await Store.RawBulletins.AddAsync(StoreDocuments.Raw("u2", new string('4', 64)));
        await Store.RawBulletins.MarkAnnouncedAsync("u1");
        var pending = await Store.RawBulletins.ListUnannouncedAsync(10);
        Assert.Equal(["u2"], pending.Select(r => r.Id));
    }

    [SkippableFact]
    public async Task Raw_ids_are_listed_by_time_range()
    {
        var t0 = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await Store.RawBulletins.AddAsync(StoreDocuments.Raw("early", new string('5', 64), t0));
        await Store.RawBulletins.AddAsync(StoreDocuments.Raw("late", new string('6', 64), t0.AddDays(10)));
        Assert.Equal(["late"], await Store.RawBulletins.ListIdsAsync(t0.AddDays(1), null));
        Assert.Equal(["early", "late"], await Store.RawBulletins.ListIdsAsync(null, null));
    }

    [SkippableFact]
    public async Task Bulletin_insert_then_update_with_the_right_version()
    {
        var b = StoreDocuments.Bulletin("bul1");
        Assert.Equal(new WriteResult(true, 1), await Store.Bulletins.UpsertAsync(b, 0));
        var stored = await Store.Bulletins.GetAsync("bul1");
        Assert.Equal(1, stored!.Version);
        Assert.Equal(new DateOnly(2020, 4, 29), stored.Masthead!.Date);
        Assert.Equal(new WriteResult(true, 2), await Store.Bulletins.UpsertAsync(stored with { Status = PipelineStatus.Published }, 1));
        Assert.Equal(PipelineStatus.Published, (await Store.Bulletins.GetAsync("bul1"))!.Status);
    }

    [SkippableFact]
    public async Task Bulletin_write_with_a_stale_version_is_a_conflict_and_changes_nothing()
    {
        var b = StoreDocuments.Bulletin("bul2");
        await Store.Bulletins.UpsertAsync(b, 0);
        await Store.Bulletins.UpsertAsync(b with { Year = 2021 }, 1);
        var conflict = await Store.Bulletins.UpsertAsync(b with { Year = 1999 }, 1);
        Assert.Equal(new WriteResult(false, 2), conflict);
        Assert.Equal(2021, (await Store.Bulletins.GetAsync("bul2"))!.Year);
        Assert.Equal(new WriteResult(false, 2), await Store.Bulletins.UpsertAsync(b, 0));
    }

    [SkippableFact]
    public async Task Article_update_of_a_missing_document_is_a_conflict_with_version_zero()
    {
        Assert.Equal(new WriteResult(false, 0), await Store.Articles.UpsertAsync(StoreDocuments.Article("nob", 1), 5));
        Assert.Null(await Store.Articles.GetAsync(Article.MakeId("nob", 1)));
    }

    [SkippableFact]
    public async Task Article_round_trips_every_field()
    {
        var a = StoreDocuments.Article("ab", 3, region: "430105", topics: ["volunteering"], date: new DateOnly(2020, 3, 5));
        await Store.Articles.UpsertAsync(a, 0);
        var back = await Store.Articles.GetAsync(a.Id);
        Assert.NotNull(back);
        Assert.Equal(1, back.Version);
        Assert.Equal(["周钊梁", "梁敏婷"], back.Byline.Authors);
        Assert.Equal("430105", back.Enrichment!.Regions.Primary!.Code);
        Assert.Equal(new DateOnly(2020, 3, 5), back.Enrichment.Date);
        Assert.Equal("volunteering", Assert.Single(back.Enrichment.Topics).Id);
    }

    [SkippableFact]
    public async Task Articles_are_filtered_by_region_prefix_topic_kind_date_bulletin_and_text()
    {
        await Store.Articles.UpsertAsync(StoreDocuments.Article("q", 1, "430105", ["volunteering"], new DateOnly(2020, 3, 5), text: "好人战疫"), 0);
        await Store.Articles.UpsertAsync(StoreDocuments.Article("q", 2, "430400", ["ecology"], new DateOnly(2024, 5, 1)), 0);
        await Store.Articles.UpsertAsync(StoreDocuments.Article("q", 3, "110108", ["volunteering"], new DateOnly(2020, 4, 29), kind: ArticleKind.Photo), 0);
        await Store.Articles.UpsertAsync(StoreDocuments.Article("r", 1, "4301", null, null), 0);

        static string[] Ids(Page<Article> p) => p.Items.Select(a => a.Id).ToArray();
        Assert.Equal(["q-01", "q-02", "r-01"], Ids(await Store.Articles.QueryAsync(new ArticleQuery(RegionPrefix: "43"))));
        Assert.Equal(["q-01", "r-01"], Ids(await Store.Articles.QueryAsync(new ArticleQuery(RegionPrefix: "4301"))));
        Assert.Equal(["q-01", "q-03"], Ids(await Store.Articles.QueryAsync(new ArticleQuery(Topic: "volunteering"))));
        Assert.Equal(["q-03"], Ids(await Store.Articles.QueryAsync(new ArticleQuery(Kind: ArticleKind.Photo))));
        Assert.Equal(["q-01", "q-03"], Ids(await Store.Articles.QueryAsync(new ArticleQuery(From: new DateOnly(2020, 1, 1), To: new DateOnly(2020, 12, 31)))));
        Assert.Equal(["r-01"], Ids(await Store.Articles.QueryAsync(new ArticleQuery(BulletinId: "r"))));
        Assert.Equal(["q-01"], Ids(await Store.Articles.QueryAsync(new ArticleQuery(TextContains: "战疫"))));
        Assert.Empty(Ids(await Store.Articles.QueryAsync(new ArticleQuery(RegionPrefix: "%"))));
    }

    [SkippableFact]
    public async Task Topic_filter_follows_updates()
    {
        var a = StoreDocuments.Article("t", 1, "430105", ["ecology"]);
        await Store.Articles.UpsertAsync(a, 0);
        await Store.Articles.UpsertAsync(StoreDocuments.Article("t", 1, "430105", ["youth"]), 1);
        Assert.Empty((await Store.Articles.QueryAsync(new ArticleQuery(Topic: "ecology"))).Items);
        Assert.Single((await Store.Articles.QueryAsync(new ArticleQuery(Topic: "youth"))).Items);
    }

    [SkippableFact]
    public async Task Cursor_pagination_visits_every_article_once()
    {
        for (var i = 1; i <= 7; i++) await Store.Articles.UpsertAsync(StoreDocuments.Article("p", i), 0);
        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await Store.Articles.QueryAsync(new ArticleQuery(Cursor: cursor, Limit: 3));
            seen.AddRange(page.Items.Select(a => a.Id));
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null);
        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(1, 7).Select(i => Article.MakeId("p", i)), seen);
    }

    [SkippableFact]
    public async Task Fingerprint_candidates_share_a_band_and_skip_the_own_bulletin()
    {
        await Store.Articles.UpsertAsync(StoreDocuments.Article("f1", 1, fingerprint: 0x1111_2222_3333_4444), 0);
        await Store.Articles.UpsertAsync(StoreDocuments.Article("f2", 1, fingerprint: 0x9999_2222_aaaa_bbbb), 0);
        await Store.Articles.UpsertAsync(StoreDocuments.Article("f3", 1, fingerprint: 0x5555_6666_7777_8888), 0);
        var matches = await Store.Articles.FindFingerprintCandidatesAsync(0xffff_2222_ffff_ffff, "f2", 10);
        Assert.Equal(["f1-01"], matches.Select(m => m.ArticleId));
        Assert.Equal(0x1111_2222_3333_4444UL, matches[0].Fingerprint);
    }

    [SkippableFact]
    public async Task Fingerprint_candidates_keep_all_64_bits_of_the_fingerprint()
    {
        await Store.Articles.UpsertAsync(StoreDocuments.Article("g1", 1, fingerprint: 0xffff_8000_0000_0001), 0);
        var match = Assert.Single(await Store.Articles.FindFingerprintCandidatesAsync(0xffff_0000_0000_0000, "g0", 10));
        Assert.Equal(0xffff_8000_0000_0001UL, match.Fingerprint);
    }

    [SkippableFact]
    public async Task Ids_of_a_bulletins_articles_are_listed_by_status()
    {
        await Store.Articles.UpsertAsync(StoreDocuments.Article("ls", 1) with { Status = PipelineStatus.Published }, 0);
        await Store.Articles.UpsertAsync(StoreDocuments.Article("ls", 2), 0);
        await Store.Articles.UpsertAsync(StoreDocuments.Article("ls", 3) with { Status = PipelineStatus.Published }, 0);
        await Store.Articles.UpsertAsync(StoreDocuments.Article("lt", 1) with { Status = PipelineStatus.Published }, 0);
        Assert.Equal(["ls-01", "ls-03"], (await Store.Articles.ListIdsAsync("ls", PipelineStatus.Published)).Order(StringComparer.Ordinal));
        Assert.Equal(["ls-02"], await Store.Articles.ListIdsAsync("ls", PipelineStatus.Enriched));
        Assert.Empty(await Store.Articles.ListIdsAsync("none", PipelineStatus.Published));
    }

    [SkippableFact]
    public async Task Events_get_increasing_sequences_and_dedup_keys_are_idempotent()
    {
        var (e1, appended1) = await Store.Events.AppendAsync(new NewEvent("k1", "article.published", "a-01", "article.published.43.x", "{\"a\":1}"));
        var (e2, _) = await Store.Events.AppendAsync(new NewEvent("k2", "article.published", "a-02", "article.published.43.x", "{\"a\":2}"));
        var (again, appendedAgain) = await Store.Events.AppendAsync(new NewEvent("k1", "article.published", "a-01", "article.published.43.x", "{\"a\":9}"));
        Assert.True(appended1);
        Assert.False(appendedAgain);
        Assert.True(e2.Sequence > e1.Sequence);
        Assert.Equal(e1.Id, again.Id);
        Assert.Equal("{\"a\":1}", again.DataJson);
        Assert.Equal(e2.Sequence, await Store.Events.LastSequenceAsync());
    }

    [SkippableFact]
    public async Task Appended_dedup_keys_are_counted_across_more_keys_than_one_statement_holds()
    {
        for (var i = 0; i < 600; i += 2)
        {
            await Store.Events.AppendAsync(new NewEvent($"c{i}", "bulletin.published", "b", "bulletin.published", "{}"));
        }
        var asked = Enumerable.Range(0, 1200).Select(i => $"c{i}").ToList();
        Assert.Equal(300, await Store.Events.CountAppendedAsync(asked));
        Assert.Equal(0, await Store.Events.CountAppendedAsync(["c1", "missing"]));
        Assert.Equal(0, await Store.Events.CountAppendedAsync([]));
    }

    [SkippableFact]
    public async Task Events_are_read_after_a_sequence_and_dispatch_is_tracked()
    {
        var seqs = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            seqs.Add((await Store.Events.AppendAsync(new NewEvent($"d{i}", "bulletin.published", "b", "bulletin.published", "{}"))).Event.Sequence);
        }
        var page = await Store.Events.ReadAsync(seqs[1], 2);
        Assert.Equal(seqs.Skip(2).Take(2), page.Select(e => e.Sequence));
        await Store.Events.MarkDispatchedAsync([seqs[0], seqs[2]]);
        Assert.Equal([seqs[1], seqs[3], seqs[4]], (await Store.Events.ListUndispatchedAsync(10)).Select(e => e.Sequence));
    }

    [SkippableFact]
    public async Task Sources_are_found_by_key_hash_and_revoked()
    {
        var now = DateTimeOffset.UtcNow;
        Assert.True(await Store.Sources.AddAsync(new Source("feed-a", new string('e', 64), "plt_abcd", now, null)));
        Assert.False(await Store.Sources.AddAsync(new Source("feed-a", new string('f', 64), "plt_x", now, null)));
        Assert.Equal("feed-a", (await Store.Sources.FindByKeyHashAsync(new string('e', 64)))!.Id);
        Assert.True(await Store.Sources.RevokeAsync("feed-a", now));
        Assert.NotNull((await Store.Sources.FindByKeyHashAsync(new string('e', 64)))!.RevokedAt);
        Assert.False(await Store.Sources.RevokeAsync("nobody", now));
        Assert.Single(await Store.Sources.ListAsync());
    }

    [SkippableFact]
    public async Task Failures_are_recorded_per_subject()
    {
        await Store.Failures.RecordAsync(new Failure("parse", "x1", "boom", DateTimeOffset.UtcNow));
        Assert.Equal("boom", Assert.Single(await Store.Failures.ListAsync("x1")).Reason);
        Assert.Empty(await Store.Failures.ListAsync("x2"));
    }

    [SkippableFact]
    public async Task Events_marked_undispatched_go_back_into_the_outbox_with_their_ids()
    {
        var events = new List<Platform.Contracts.Events.PublicEvent>();
        for (var i = 0; i < 4; i++)
        {
            events.Add((await Store.Events.AppendAsync(new NewEvent($"r{i}", "bulletin.published", "b", "bulletin.published", "{}"))).Event);
        }
        await Store.Events.MarkDispatchedAsync(events.Select(e => e.Sequence).ToArray());
        Assert.Empty(await Store.Events.ListUndispatchedAsync(10));
        await Store.Events.MarkUndispatchedAsync([events[1].Sequence, events[3].Sequence]);
        var pending = await Store.Events.ListUndispatchedAsync(10);
        Assert.Equal([events[1].Id, events[3].Id], pending.Select(e => e.Id));
        Assert.Equal([events[1].Sequence, events[3].Sequence], pending.Select(e => e.Sequence));
        await Store.Events.MarkUndispatchedAsync([]);
    }

    /// <summary>
    /// The pull feed's promise: a reader that pages with after=&lt;last sequence seen&gt; while appenders race
    /// misses no event. It fails when sequence N+1 can become visible before N.
    /// </summary>
    [SkippableFact]
    public async Task A_reader_following_after_misses_no_event_while_appenders_race()
    {
        const int appenders = 8;
        const int eventsEach = 25;
        var seen = new List<long>();
        var appending = true;
        var reader = Task.Run(async () =>
        {
            long after = 0;
            while (true)
            {
                var finished = !Volatile.Read(ref appending);
                var page = await Store.Events.ReadAsync(after, 50);
                foreach (var e in page)
                {
                    seen.Add(e.Sequence);
                    after = e.Sequence;
                }
                if (page.Count == 0 && finished)
                {
                    return;
                }
            }
        });
        await Task.WhenAll(Enumerable.Range(0, appenders).Select(a => Task.Run(async () =>
        {
            for (var i = 0; i < eventsEach; i++)
            {
                await Store.Events.AppendAsync(new NewEvent($"race-{a}-{i}", "article.published", $"a-{a}", "article.published.43.x", "{}"));
            }
        })));
        Volatile.Write(ref appending, false);
        await reader;
        var stored = (await Store.Events.ReadAsync(0, 1000)).Select(e => e.Sequence).ToList();
        Assert.Equal(appenders * eventsEach, stored.Count);
        Assert.Equal(stored, seen);
    }

    private static Subscription NewSubscription(string id, long cursor = 0) =>
        new(id, "https://hooks.example.org/platform", "article.published.43.#", "0123456789abcdef-secret", "测试 hook",
            new DateTimeOffset(2025, 3, 1, 8, 30, 0, TimeSpan.Zero), cursor, 0, null, null);

    [SkippableFact]
    public async Task Subscriptions_round_trip_and_ids_are_unique()
    {
        var sub = NewSubscription("s1", cursor: 7);
        Assert.True(await Store.Subscriptions.AddAsync(sub));
        Assert.False(await Store.Subscriptions.AddAsync(NewSubscription("s1")));
        Assert.Equal(sub, await Store.Subscriptions.GetAsync("s1"));
        Assert.True(await Store.Subscriptions.AddAsync(NewSubscription("s0")));
        Assert.Equal(["s0", "s1"], (await Store.Subscriptions.ListAsync()).Select(s => s.Id));
        Assert.Null(await Store.Subscriptions.GetAsync("nobody"));
    }

    [SkippableFact]
    public async Task Subscription_cursor_advances_only_from_the_expected_value()
    {
        await Store.Subscriptions.AddAsync(NewSubscription("s2", cursor: 3));
        Assert.True(await Store.Subscriptions.RecordFailureAsync("s2", 2, null, DateTimeOffset.UtcNow));
        Assert.Equal(2, (await Store.Subscriptions.GetAsync("s2"))!.ConsecutiveFailures);
        Assert.True(await Store.Subscriptions.AdvanceAsync("s2", 3, 5));
        var advanced = (await Store.Subscriptions.GetAsync("s2"))!;
        Assert.Equal((5L, 0), (advanced.Cursor, advanced.ConsecutiveFailures));
        Assert.False(await Store.Subscriptions.AdvanceAsync("s2", 3, 9));
        Assert.Equal(5, (await Store.Subscriptions.GetAsync("s2"))!.Cursor);
        Assert.False(await Store.Subscriptions.AdvanceAsync("nobody", 0, 1));
    }

    [SkippableFact]
    public async Task Subscription_is_disabled_with_a_reason_and_rewinding_re_enables_it()
    {
        var at = new DateTimeOffset(2025, 3, 2, 0, 0, 0, TimeSpan.Zero);
        await Store.Subscriptions.AddAsync(NewSubscription("s3", cursor: 10));
        Assert.True(await Store.Subscriptions.RecordFailureAsync("s3", 5, "5 consecutive failed attempts; last: HTTP 500", at));
        var disabled = (await Store.Subscriptions.GetAsync("s3"))!;
        Assert.Equal((5, at, "5 consecutive failed attempts; last: HTTP 500"), (disabled.ConsecutiveFailures, disabled.DisabledAt, disabled.DisabledReason));
        Assert.True(await Store.Subscriptions.RewindAsync("s3", 2));
        var rewound = (await Store.Subscriptions.GetAsync("s3"))!;
        Assert.Equal((2L, 0, null, null), (rewound.Cursor, rewound.ConsecutiveFailures, rewound.DisabledAt, rewound.DisabledReason));
        Assert.False(await Store.Subscriptions.RewindAsync("nobody", 0));
        Assert.False(await Store.Subscriptions.RecordFailureAsync("nobody", 1, null, at));
    }

    [SkippableFact]
    public async Task Delivery_log_lists_newest_first_per_subscription_and_goes_with_the_subscription()
    {
        var t0 = new DateTimeOffset(2025, 3, 3, 0, 0, 0, TimeSpan.Zero);
        await Store.Subscriptions.AddAsync(NewSubscription("s4"));
        await Store.Subscriptions.AddAsync(NewSubscription("s5"));
        await Store.Subscriptions.AppendDeliveryAsync(new DeliveryAttempt("s4", 1, "e1", 1, 500, "HTTP 500", 12.5, t0));
        await Store.Subscriptions.AppendDeliveryAsync(new DeliveryAttempt("s4", 1, "e1", 2, null, "connection refused", 0.25, t0.AddSeconds(1)));
        await Store.Subscriptions.AppendDeliveryAsync(new DeliveryAttempt("s4", 1, "e1", 3, 204, null, 3, t0.AddSeconds(3)));
        await Store.Subscriptions.AppendDeliveryAsync(new DeliveryAttempt("s5", 1, "e1", 1, 200, null, 1, t0));
        var log = await Store.Subscriptions.ListDeliveriesAsync("s4", 10);
        Assert.Equal([3, 2, 1], log.Select(d => d.Attempt));
        Assert.Equal(new DeliveryAttempt("s4", 1, "e1", 2, null, "connection refused", 0.25, t0.AddSeconds(1)), log[1]);
        Assert.True(log[0].Succeeded);
        Assert.Equal([3, 2], (await Store.Subscriptions.ListDeliveriesAsync("s4", 2)).Select(d => d.Attempt));
        Assert.True(await Store.Subscriptions.DeleteAsync("s4"));
        Assert.False(await Store.Subscriptions.DeleteAsync("s4"));
        Assert.Null(await Store.Subscriptions.GetAsync("s4"));
        Assert.Empty(await Store.Subscriptions.ListDeliveriesAsync("s4", 10));
        Assert.Single(await Store.Subscriptions.ListDeliveriesAsync("s5", 10));
    }
}
