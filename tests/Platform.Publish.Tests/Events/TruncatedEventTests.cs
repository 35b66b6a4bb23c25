using System.Net;
using System.Text;
using System.Text.Json;
using Platform.Contracts.Messages;
using Platform.Publish.Webhooks;

namespace Platform.Publish.Tests.Events;

/// <summary>An article over Platform:Publish:MaxEventBytes is announced with a truncated body and a link to the full article.</summary>
public sealed class TruncatedEventTests : IAsyncLifetime
{
    private const int MaxEventBytes = 16 * 1024;
    private readonly PipelineHost _host = new(new Dictionary<string, string?> { ["Platform:Publish:MaxEventBytes"] = MaxEventBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task The_pull_feed_and_webhooks_carry_the_truncated_body_and_the_query_api_the_whole_article()
    {
        var id = await _host.IngestAsync(LargeBulletin.Text(120));
        var articleId = (await _host.WaitForBulletinAsync(id, PipelineStatus.Published)).ArticleIds.Single();
        await _host.WaitForEventAsync(e => e.Type == "article.published" && e.Subject == articleId, "article.published");

        var feed = JsonDocument.Parse(await _host.Client.GetStringAsync("v1/events?after=0")).RootElement.GetProperty("events");
        var announced = feed.EnumerateArray().Single(e => e.GetProperty("subject").GetString() == articleId);
        var data = announced.GetProperty("data");
        Assert.True(Encoding.UTF8.GetByteCount(data.GetRawText()) <= MaxEventBytes);
        Assert.True(data.GetProperty("bodyTruncated").GetBoolean());
        Assert.Equal($"/v1/articles/{articleId}", data.GetProperty("dataRef").GetString());
        Assert.Equal($"/v1/articles/{articleId}", announced.GetProperty("dataRef").GetString());
        Assert.Equal(0, data.GetProperty("paragraphs").GetArrayLength());
        Assert.Equal("110108", data.GetProperty("enrichment").GetProperty("regions").GetProperty("primary").GetProperty("code").GetString());

        var full = await _host.Client.GetAsync(data.GetProperty("dataRef").GetString()!.TrimStart('/'));
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        var article = JsonDocument.Parse(await full.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(120, article.GetProperty("paragraphs").GetArrayLength());
        Assert.StartsWith(data.GetProperty("text").GetString()!, article.GetProperty("text").GetString()!, StringComparison.Ordinal);

        // Webhooks send the stored body as the CloudEvent's data, with the same dataref.
        var stored = (await _host.Store.Events.ReadAsync(0, 100)).Single(e => e.Subject == articleId);
        var webhook = JsonDocument.Parse(StructuredCloudEvent.Serialize(stored, "urn:x")).RootElement;
        Assert.Equal(data.GetRawText(), webhook.GetProperty("data").GetRawText());
        Assert.Equal($"/v1/articles/{articleId}", webhook.GetProperty("dataref").GetString());
    }

    [Fact]
    public async Task A_redelivered_truncated_article_appends_nothing_new()
    {
        var id = await _host.IngestAsync(LargeBulletin.Text(120));
        var articleId = (await _host.WaitForBulletinAsync(id, PipelineStatus.Published)).ArticleIds.Single();
        await _host.WaitForEventAsync(e => e.Type == "bulletin.published" && e.Subject == id, "bulletin.published");
        var before = await _host.Store.Events.LastSequenceAsync();

        await _host.PublishAsync(new BulletinEnriched(id, (await _host.Store.Bulletins.GetAsync(id))!.ParserVersion));
        await _host.WaitForConsumedAsync<BulletinEnriched>(m => m.BulletinId == id, 2, "BulletinEnriched of the redelivery");
        Assert.Equal(before, await _host.Store.Events.LastSequenceAsync());
    }
}
