using System.Text.Json;

namespace Platform.Cli.Load;

/// <summary>
/// Reads the pull feed (GET /v1/events) from where the log ended when the run began and records every bulletin and
/// article event in a <see cref="PublicationLog"/>. An empty page is retried after a short pause instead of a long
/// poll, so the time an event is seen is close to the time it was appended.
/// </summary>
public sealed class EventFeedFollower(HttpClient http, Uri events, PublicationLog log)
{
    private const int PageSize = 1000;
    private static readonly TimeSpan IdlePause = TimeSpan.FromMilliseconds(20);

    /// <summary>The last sequence in the log: a galloping then binary search with one-event pages, so a long log is not read.</summary>
    public async Task<long> FindEndAsync(CancellationToken ct)
    {
        if (!await HasEventsAfterAsync(0, ct).ConfigureAwait(false)) return 0;
        long low = 0, high = 1;
        while (await HasEventsAfterAsync(high, ct).ConfigureAwait(false))
        {
            low = high;
            high *= 2;
        }
        // Invariant: events exist after low, none after high.
        while (high - low > 1)
        {
            var middle = low + (high - low) / 2;
            if (await HasEventsAfterAsync(middle, ct).ConfigureAwait(false)) low = middle;
            else high = middle;
        }
        return high;
    }

    /// <summary>Follows the feed from <paramref name="after"/> until cancelled.</summary>
    public async Task FollowAsync(long after, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            EventPage page;
            try
            {
                page = await ReadAsync(after, PageSize, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (HttpRequestException)
            {
                // The publish service may be restarting; the pause below retries.
                page = new EventPage([], after);
            }
            foreach (var e in page.Events) Record(e);
            after = page.Next;
            if (page.Events.Count == 0)
            {
                try
                {
                    await Task.Delay(IdlePause, ct).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private void Record(FeedEvent e)
    {
        switch (e.Type)
        {
            case "article.published":
                if (e.Data.TryGetProperty("bulletinId", out var bulletinId)) log.ArticlePublished(e.Subject, bulletinId.GetString()!);
                break;
            case "bulletin.published" or "bulletin.rejected":
                var ids = e.Data.TryGetProperty("articleIds", out var list) && list.ValueKind == JsonValueKind.Array
                    ? list.EnumerateArray().Select(a => a.GetString()!).ToArray()
                    : [];
                log.BulletinFinished(e.Subject, e.Type == "bulletin.rejected", ids);
                break;
        }
    }

    private async Task<bool> HasEventsAfterAsync(long after, CancellationToken ct) =>
        (await ReadAsync(after, 1, ct).ConfigureAwait(false)).Events.Count > 0;

    private async Task<EventPage> ReadAsync(long after, int limit, CancellationToken ct)
    {
        var uri = new Uri(events, $"v1/events?after={after}&limit={limit}");
        return await http.GetFromJsonAsync<EventPage>(uri, Json, ct).ConfigureAwait(false)
            ?? throw new HttpRequestException($"GET {uri} returned no body");
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record EventPage(IReadOnlyList<FeedEvent> Events, long Next);

    private sealed record FeedEvent(long Sequence, string Type, string Subject, JsonElement Data);
}
