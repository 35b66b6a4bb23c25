using System.Net;
using System.Net.Sockets;
using Platform.Hosting.Configuration;

namespace Platform.Publish.Webhooks;

/// <summary>
/// SSRF guard for webhook targets: http(s) only, and never a loopback, private, link-local, CGNAT, multicast
/// or unspecified address unless the host is in <c>Platform:Publish:WebhookAllowedHosts</c>. Checked when a
/// subscription is created (literal addresses, "localhost") and again on every connection, against the
/// addresses DNS actually returned, so a name that later resolves inward is refused too.
/// The fetch service has its own guard for feed URLs; this one is kept separate on purpose (no coupling).
/// </summary>
public sealed class WebhookAddressPolicy
{
    private readonly HashSet<string> _allowedHosts;

    public WebhookAddressPolicy(PublishOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _allowedHosts = new HashSet<string>(
            (options.WebhookAllowedHosts ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(h => h.Trim('[', ']')),
            StringComparer.OrdinalIgnoreCase);
    }

    public bool IsAllowListed(string host) => _allowedHosts.Contains(host.Trim('[', ']'));

    /// <summary>Why the URL may not be a webhook target, or null when it may.</summary>
    public string? Refusal(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return "url must be an absolute http or https URL.";
        if (!string.IsNullOrEmpty(uri.UserInfo)) return "url must not carry credentials; the signature authenticates deliveries.";
        if (IsAllowListed(uri.IdnHost)) return null;
        if (uri.IsLoopback || uri.IdnHost.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
            return $"url host '{uri.IdnHost}' is loopback; add it to Platform:Publish:WebhookAllowedHosts to allow it.";
        if (IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var address) && !IsPublic(address))
            return $"url host '{uri.IdnHost}' is a private or reserved address; add it to Platform:Publish:WebhookAllowedHosts to allow it.";
        return null;
    }

    /// <summary>Whether a connection to <paramref name="address"/>, resolved for <paramref name="host"/>, may be made.</summary>
    public bool MayConnect(string host, IPAddress address) => IsAllowListed(host) || IsPublic(address);

    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address)) return false;
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] == 0 || b[0] == 10 || b[0] == 127 || b[0] >= 224
                || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] == 0)
                || (b[0] == 198 && (b[1] == 18 || b[1] == 19)));
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            return !(address.Equals(IPAddress.IPv6None) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
                || (b[0] & 0xFE) == 0xFC);
        }
        return false;
    }
}
