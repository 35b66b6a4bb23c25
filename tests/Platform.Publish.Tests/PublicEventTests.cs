using System.Net;
using System.Text.Json;
using Platform.Contracts.Messages;

namespace Platform.Publish.Tests;

public sealed class PublicEventTests : EmbeddedPipelineTest
{
    private static string Seed(string prefix) =>
        File.ReadAllText(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), prefix + "*.txt").Single());

    private async Task<List<JsonElement>> ReadAllEventsAsync(int pageSize)
    {
        var all = new List<JsonElement>();
        long after = 0;
        while (true)
        {
            var json = JsonDocument.Parse(await Host.Client.GetStringAsync($"v1/events?after={after}&limit={pageSize}")).RootElement;
            var page = json.GetProperty("events").EnumerateArray().Select(e => e.Clone()).ToArray();
            if (page.Length == 0) return all;
            all.AddRange(page);
            after = json.GetProperty("next").GetInt64();
        }
    }

    [Fact]
    public async Task Every_article_and_bulletin_gets_exactly_one_event_across_feed_pages()
    {
        var ids = new List<string>();
        foreach (var prefix in new[] { "000", "002", "003" }) ids.Add(await Host.IngestAsync(Seed(prefix)));
        var articleIds = new List<string>();
        foreach (var id in ids) articleIds.AddRange((await Host.WaitForBulletinAsync(id, PipelineStatus.Published)).ArticleIds);
        foreach (var id in ids) await Host.WaitForEventAsync(e => e.Type == "bulletin.published" && e.Subject == id, $"bulletin.published of {id}");

        var events = await ReadAllEventsAsync(pageSize: 4);
        var sequences = events.Select(e => e.GetProperty("sequence").GetInt64()).ToArray();
        Assert.Equal(sequences.Order(), sequences);
        Assert.Equal(sequences.Length, sequences.Distinct().Count());
        Assert.Equal(articleIds.Order(StringComparer.Ordinal),
            events.Where(e => e.GetProperty("type").GetString() == "article.published").Select(e => e.GetProperty("subject").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(ids.Order(StringComparer.Ordinal),
            events.Where(e => e.GetProperty("type").GetString() == "bulletin.published").Select(e => e.GetProperty("subject").GetString()).Order(StringComparer.Ordinal));
        var hunan = events.Single(e => e.GetProperty("type").GetString() == "article.published"
            && e.GetProperty("data").GetProperty("title").GetString()?.StartsWith("湖南衡阳市", StringComparison.Ordinal) == true);
        Assert.StartsWith("article.published.43.", hunan.GetProperty("routingKey").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redelivered_and_reprocessed_unchanged_bulletins_emit_nothing_new()
    {
        var id = await Host.IngestAsync(Seed("002"));
        var bulletin = await Host.WaitForBulletinAsync(id, PipelineStatus.Published);
        await Host.WaitForEventAsync(e => e.Type == "bulletin.published" && e.Subject == id, "bulletin.published");
        var before = await Host.Store.Events.LastSequenceAsync();
        var raw = (await Host.Store.RawBulletins.GetAsync(id))!;
        var articles = bulletin.ArticleIds.Count;
        await Host.WaitForConsumedAsync<BulletinEnriched>(m => m.BulletinId == id, 1, "BulletinEnriched of the first pass");

        await Host.PublishAsync(new BulletinReceived(raw.Id, raw.SourceId, raw.Sha256, raw.ReceivedAt));
        await Host.PublishAsync(new ArticleEnriched(Article.MakeId(id, 1), id));
        // Positive evidence first: the redelivered bulletin went through parse and enrich again, and publish finished
        // the BulletinEnriched it caused and the redelivered article's message. Only then is "nothing new" a finding.
        await Host.WaitForConsumedAsync<BulletinEnriched>(m => m.BulletinId == id, 2, "BulletinEnriched of the redelivery");
        await Host.WaitForConsumedAsync<ArticleEnriched>(m => m.BulletinId == id, 1, "the redelivered ArticleEnriched");
        Assert.Equal(before, await Host.Store.Events.LastSequenceAsync());
        Assert.All((await Host.Store.Articles.QueryAsync(new ArticleQuery(BulletinId: id))).Items, a => Assert.Equal(PipelineStatus.Published, a.Status));
    }

    [Fact]
    public async Task A_changed_document_is_announced_as_article_updated_with_its_new_version()
    {
        var (articleId, version, _) = await ReprocessSecondArticleAsync(a => a with { Flags = [.. a.Flags, "ocrNoise"] });
        await Host.WaitForEventAsync(e => e.Type == "article.updated" && e.Subject == articleId, "article.updated");

        var updates = (await ReadAllEventsAsync(100)).Where(e => e.GetProperty("type").GetString() == "article.updated").ToArray();
        var update = Assert.Single(updates);
        Assert.Equal(articleId, update.GetProperty("subject").GetString());
        Assert.Equal(version + 1, update.GetProperty("data").GetProperty("version").GetInt64());
        Assert.StartsWith("article.updated.11.", update.GetProperty("routingKey").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_consumers_do_not_receive_is_not_announced()
    {
        // Warnings are processing bookkeeping, not part of the published article.
        var (articleId, _, before) = await ReprocessSecondArticleAsync(a => a with { Warnings = [.. a.Warnings, "reprocessed"] });

        await Host.WaitForConsumedAsync<ArticleEnriched>(m => m.ArticleId == articleId, 1, "the reprocessed article's ArticleEnriched");
        Assert.Equal(PipelineStatus.Published, (await Host.Store.Articles.GetAsync(articleId))!.Status);
        Assert.Equal(before, await Host.Store.Events.LastSequenceAsync());
    }

    /// <summary>
    /// What a reprocess with an upgraded enricher does: seed 002 is published, then its second article is stored again
    /// changed by <paramref name="change"/>, back at "enriched", and announced. Returns that article's id, the version
    /// the change was stored as, and the last event sequence before it.
    /// </summary>
    private async Task<(string ArticleId, long Version, long Before)> ReprocessSecondArticleAsync(Func<Article, Article> change)
    {
        var id = await Host.IngestAsync(Seed("002"));
        await Host.WaitForBulletinAsync(id, PipelineStatus.Published);
        await Host.WaitForEventAsync(e => e.Type == "bulletin.published" && e.Subject == id, "bulletin.published");
        var articleId = Article.MakeId(id, 2);
        await Host.WaitForConsumedAsync<BulletinEnriched>(m => m.BulletinId == id, 1, "BulletinEnriched of the first pass");
        var stored = (await Host.Store.Articles.GetAsync(articleId))!;
        var before = await Host.Store.Events.LastSequenceAsync();
        var version = await Host.Store.Articles.PutAsync(change(stored) with { Status = PipelineStatus.Enriched }, stored, CancellationToken.None);
        await Host.PublishAsync(new ArticleEnriched(articleId, id));
        return (articleId, version, before);
    }

    [Fact]
    public async Task Text_without_structure_is_kept_rejected_and_announced_as_bulletin_rejected()
    {
        var id = await Host.IngestAsync("12345 67890");
        var bulletin = await Host.WaitForBulletinAsync(id, PipelineStatus.Rejected);
        Assert.False(string.IsNullOrWhiteSpace(bulletin.RejectReason));
        await Host.WaitForEventAsync(e => e.Type == "bulletin.rejected" && e.Subject == id, "bulletin.rejected");
        var rejected = Assert.Single(await ReadAllEventsAsync(100), e => e.GetProperty("type").GetString() == "bulletin.rejected");
        Assert.Equal(id, rejected.GetProperty("subject").GetString());
        Assert.Equal(bulletin.RejectReason, rejected.GetProperty("data").GetProperty("rejectReason").GetString());
        Assert.NotNull(await Host.Store.RawBulletins.GetAsync(id));
    }

    [Fact]
    public async Task Query_api_filters_by_region_prefix_and_reports_unknown_ids_as_problems()
    {
        var id = await Host.IngestAsync(Seed("002"));
        await Host.WaitForBulletinAsync(id, PipelineStatus.Published);
        var page = JsonDocument.Parse(await Host.Client.GetStringAsync("v1/articles?region=1101&limit=2")).RootElement;
        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
        var next = page.GetProperty("nextCursor").GetString();
        var rest = JsonDocument.Parse(await Host.Client.GetStringAsync($"v1/articles?region=1101&cursor={next}")).RootElement;
        Assert.Equal(1, rest.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, rest.GetProperty("nextCursor").ValueKind);
        Assert.Equal(0, JsonDocument.Parse(await Host.Client.GetStringAsync("v1/articles?region=43")).RootElement.GetProperty("items").GetArrayLength());
        using var missing = await Host.Client.GetAsync("v1/articles/nope-01");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        using var bad = await Host.Client.GetAsync("v1/articles?region=abc");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
