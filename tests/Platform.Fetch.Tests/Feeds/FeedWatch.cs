using System.Text.Json;

namespace Platform.Fetch.Tests.Feeds;

/// <summary>Reads GET /v1/feeds until a feed reaches a state: polling with a generous deadline, never a fixed sleep.</summary>
public static class FeedWatch
{
    public static Task<JsonElement> UntilAsync(FetchHost host, string feedId, Func<JsonElement, bool> condition, int seconds = 20) =>
        Eventually.ValueAsync(() => GetAsync(host, feedId), condition, TimeSpan.FromSeconds(seconds),
            feed => $"feed {feedId} did not reach the expected state; last: {feed}");

    public static async Task<JsonElement> GetAsync(FetchHost host, string feedId)
    {
        using var doc = JsonDocument.Parse(await host.Client.GetStringAsync("v1/feeds"));
        return doc.RootElement.GetProperty("feeds").EnumerateArray().Single(f => f.GetProperty("id").GetString() == feedId).Clone();
    }

    public static long Long(this JsonElement feed, string name) => feed.GetProperty(name).GetInt64();

    public static string? Str(this JsonElement feed, string name) =>
        feed.GetProperty(name).ValueKind == JsonValueKind.Null ? null : feed.GetProperty(name).GetString();
}
