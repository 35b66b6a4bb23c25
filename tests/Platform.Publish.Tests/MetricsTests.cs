using System.Net;

namespace Platform.Publish.Tests;

/// <summary>GET /metrics on the embedded host after the seeds went through: Prometheus text with the platform's own series.</summary>
public sealed class MetricsTests : EmbeddedPipelineTest
{
    [Fact]
    public async Task Platform_series_are_scraped_after_the_seeds_are_published()
    {
        foreach (var seed in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal))
        {
            await Host.WaitForBulletinAsync(await Host.IngestAsync(await File.ReadAllTextAsync(seed)), PipelineStatus.Published);
        }
        Assert.Equal(HttpStatusCode.OK, (await Host.Client.GetAsync("health/live")).StatusCode);
        using var response = await Host.Client.GetAsync("metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var text = await response.Content.ReadAsStringAsync();
        foreach (var series in new[]
        {
            "platform_articles_parsed_total", "platform_articles_enriched_total", "platform_articles_published_total",
            "platform_events_appended_total", "platform_parse_duration_milliseconds_bucket", "platform_enrich_duration_milliseconds_count",
            // The embedded host stores in SQLite: how long its group commits held the single writer.
            "platform_store_commit_duration_milliseconds_bucket", "platform_store_commit_writes_sum",
        })
        {
            Assert.Contains(series, text, StringComparison.Ordinal);
        }
        // The instrumentation libraries report too: the runtime's and ASP.NET Core's meters.
        Assert.Contains("dotnet_", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", text, StringComparison.Ordinal);
    }
}
