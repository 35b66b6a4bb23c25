using System.Net;
using Microsoft.Extensions.Options;
using Platform.Fetch.Configuration;
using Polly.CircuitBreaker;

namespace Platform.Fetch.Network;

/// <summary>
/// HTTP GET for pulled feeds, safe to point at URLs from outside: only http/https, connections through
/// <see cref="GuardedConnector"/> (no internal addresses), no proxy (a proxy would connect on our behalf, unchecked),
/// redirects followed by hand so every hop is checked and counted, the body limited while it streams, and one
/// deadline for the whole request including redirects and body. Each hop goes through the client registered by
/// <see cref="FeedHttpClientRegistration"/> (its resilience pipeline retries a transient failure once).
/// </summary>
public sealed class GuardedHttpClient(IHttpClientFactory clients, GuardedConnector connector, IOptions<FetchOptions> options)
{
    private readonly FetchOptions _options = options.Value;

    /// <summary>The connect guard (tests observe connection attempts through it).</summary>
    public GuardedConnector Connector { get; } = connector;

    /// <summary>GET <paramref name="url"/>, conditional when validators are given; throws <see cref="PullFailedException"/> with a readable reason.</summary>
    public async Task<PulledResponse> GetAsync(Uri url, string? etag, string? lastModified, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.FeedRequestTimeout);
        try
        {
            return await FollowAsync(clients.CreateClient(FeedHttpClientRegistration.ClientName), url, etag, lastModified, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PullFailedException($"timed out after {_options.FeedRequestTimeout.TotalSeconds:0.###} s (Platform:Fetch:FeedRequestTimeout): {url}", ex);
        }
        catch (BrokenCircuitException ex)
        {
            throw new PullFailedException($"not requested: recent requests to {url.Authority} failed, its circuit breaker holds requests for {FeedResilience.BreakDuration.TotalSeconds:0} s", ex);
        }
        catch (HttpRequestException ex)
        {
            // The connect guard's refusal arrives wrapped; its message is the useful one.
            for (Exception? e = ex; e is not null; e = e.InnerException)
            {
                if (e is PullFailedException refused) throw new PullFailedException(refused.Message, ex);
            }
            throw new PullFailedException($"request to {url} failed: {ex.Message}", ex);
        }
    }

    private async Task<PulledResponse> FollowAsync(HttpClient client, Uri url, string? etag, string? lastModified, CancellationToken ct)
    {
        for (var hop = 0; ; hop++)
        {
            if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            {
                throw new PullFailedException($"refused: scheme '{url.Scheme}' of {url} is not http or https");
            }
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (etag is not null) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            if (lastModified is not null) request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is 301 or 302 or 303 or 307 or 308)
            {
                var location = response.Headers.Location ?? throw new PullFailedException($"HTTP {status} from {url} without a Location header");
                if (hop + 1 > _options.FeedMaxRedirects)
                {
                    throw new PullFailedException($"too many redirects (more than {_options.FeedMaxRedirects}, Platform:Fetch:FeedMaxRedirects) from {url}");
                }
                url = location.IsAbsoluteUri ? location : new Uri(url, location);
                continue;
            }
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new PulledResponse(true, [], null, etag, lastModified, url);
            }
            if (!response.IsSuccessStatusCode)
            {
                throw new PullFailedException($"HTTP {status} {response.ReasonPhrase} from {url}");
            }
            var body = await ReadLimitedAsync(response, url, ct).ConfigureAwait(false);
            return new PulledResponse(false, body, response.Content.Headers.ContentType?.ToString(),
                response.Headers.ETag?.ToString(), response.Content.Headers.TryGetValues("Last-Modified", out var lm) ? lm.FirstOrDefault() : null, url);
        }
    }

    private async Task<byte[]> ReadLimitedAsync(HttpResponseMessage response, Uri url, CancellationToken ct)
    {
        var max = _options.MaxBodyBytes;
        if (response.Content.Headers.ContentLength > max) throw TooLarge(url, max);
        await using var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            // Checked while streaming: a missing or lying Content-Length (or a decompression bomb) cannot exceed the limit.
            if (buffer.Length + read > max) throw TooLarge(url, max);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static PullFailedException TooLarge(Uri url, long max) =>
        new($"refused: response from {url} exceeds Platform:Fetch:MaxBodyBytes ({max} bytes)");
}
