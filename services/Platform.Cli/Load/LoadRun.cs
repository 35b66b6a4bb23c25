using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;

namespace Platform.Cli.Load;

/// <summary>
/// One load run: pushes the bulletins a source produces with bounded concurrency (and, if asked, at a fixed start
/// rate), follows the event feed until every accepted bulletin is published or the wait runs out, and reports
/// throughput, latencies, errors by kind and whether each bulletin was published exactly once.
/// </summary>
public sealed class LoadRun(LoadSettings settings, HttpClient http)
{
    private readonly PublicationLog _log = new();
    private readonly List<PushOutcome> _pushes = [];
    private readonly Lock _gate = new();
    private int _pushed;
    private readonly PendingBound _pending = new(settings.MaxPending);

    /// <summary>What the feed has shown so far (progress displays subscribe to <see cref="PublicationLog.Finished"/>).</summary>
    public PublicationLog Log => _log;

    /// <summary>Pushes answered so far.</summary>
    public int Pushed => Volatile.Read(ref _pushed);

    /// <param name="nextBody">Produces the body of the next bulletin; called under a lock, in push order.</param>
    /// <param name="ct">Stops the run.</param>
    public async Task<LoadReport> ExecuteAsync(Func<byte[]> nextBody, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(nextBody);
        _log.Finished += _pending.Finished;
        var follower = new EventFeedFollower(http, settings.Events, _log);
        var end = await follower.FindEndAsync(ct).ConfigureAwait(false);
        using var stopFollowing = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var following = follower.FollowAsync(end, stopFollowing.Token);

        var started = Stopwatch.GetTimestamp();
        var next = 0;
        var workers = Enumerable.Range(0, Math.Min(settings.Concurrency, settings.Bulletins)).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                int index;
                byte[] body;
                lock (_gate)
                {
                    if (next == settings.Bulletins) return;
                    index = next++;
                    body = nextBody();
                }
                if (settings.Rate is { } rate)
                {
                    var due = TimeSpan.FromSeconds(index / rate) - Stopwatch.GetElapsedTime(started);
                    if (due > TimeSpan.Zero) await Task.Delay(due, ct).ConfigureAwait(false);
                }
                await _pending.WaitAsync(ct).ConfigureAwait(false);
                var outcome = await PushAsync(body, ct).ConfigureAwait(false);
                _pending.Answered(outcome);
                lock (_gate) _pushes.Add(outcome);
                Interlocked.Increment(ref _pushed);
            }
        }, ct)).ToArray();
        await Task.WhenAll(workers).ConfigureAwait(false);
        var pushDuration = Stopwatch.GetElapsedTime(started);

        var waiting = _pushes.Where(p => p.Accepted).Select(p => p.BulletinId!).ToArray();
        var deadline = Stopwatch.StartNew();
        while (waiting.Any(id => _log.Find(id) is null) && deadline.Elapsed < settings.Wait)
        {
            await Task.Delay(50, ct).ConfigureAwait(false);
        }
        // Late duplicates of a bulletin's events would arrive within a feed read or two.
        await Task.Delay(200, ct).ConfigureAwait(false);
        await stopFollowing.CancelAsync().ConfigureAwait(false);
        await following.ConfigureAwait(false);
        return LoadReport.From(settings, _pushes, _log, started, pushDuration);
    }

    private async Task<PushOutcome> PushAsync(byte[] body, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" };
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.Target, "v1/bulletins")) { Content = content };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.Key);
            using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (response.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.OK)
            {
                using var json = JsonDocument.Parse(text);
                return new PushOutcome(json.RootElement.GetProperty("id").GetString(), response.StatusCode == HttpStatusCode.Accepted, null, body.Length, started, elapsed);
            }
            return new PushOutcome(null, false, ErrorKind(response.StatusCode, text), body.Length, started, elapsed);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException && !ct.IsCancellationRequested)
        {
            return new PushOutcome(null, false, ErrorKind(ex), body.Length, started, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    /// <summary>"429 rate-limited": the status and the problem type's name (urn:platform:problem:&lt;name&gt;) when there is one.</summary>
    internal static string ErrorKind(HttpStatusCode status, string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("type", out var type) && type.GetString() is { } t)
            {
                return $"{(int)status} {t[(t.LastIndexOf(':') + 1)..]}";
            }
        }
        catch (JsonException)
        {
            // Not a problem document: the status alone.
        }
        return ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static string ErrorKind(Exception ex) => ex switch
    {
        TaskCanceledException => "timeout",
        HttpRequestException { InnerException: SocketException s } => "connection " + s.SocketErrorCode.ToString().ToLowerInvariant(),
        HttpRequestException h when h.HttpRequestError != HttpRequestError.Unknown => "http " + h.HttpRequestError.ToString().ToLowerInvariant(),
        JsonException => "unreadable answer",
        _ => ex.GetType().Name,
    };
}
