namespace Platform.Hosting.Network;

/// <summary>
/// The key of a per-site resilience pipeline: scheme, host and port only. The library's own authority selector keeps
/// the URL's user info, and the pipeline key is written into resilience logs and metrics, so a feed URL with
/// credentials would leak them there.
/// </summary>
public static class RequestAuthority
{
    public static Func<HttpRequestMessage, string> Selector(IServiceProvider _) => Of;

    public static string Of(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.RequestUri is { IsAbsoluteUri: true } uri
            ? $"{uri.Scheme}://{uri.IdnHost}:{uri.Port}"
            : "(relative)";
    }
}
