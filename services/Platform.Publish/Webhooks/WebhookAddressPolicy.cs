using System.Net;
using Microsoft.Extensions.Options;
using Platform.Hosting.Network;
using Platform.Publish.Configuration;

namespace Platform.Publish.Webhooks;

/// <summary>
/// SSRF guard for webhook targets: http(s) only, and never a loopback, private, link-local, CGNAT, multicast
/// or unspecified address unless the host is in <c>Platform:Publish:WebhookAllowedHosts</c>. Checked when a
/// subscription is created (literal addresses, "localhost") and again on every connection, against the
/// addresses DNS actually returned, so a name that later resolves inward is refused too.
/// The address table is <see cref="AddressClassifier"/>, shared with fetch's feed client.
/// </summary>
public sealed class WebhookAddressPolicy
{
    private readonly HashSet<string> _allowedHosts;

    public WebhookAddressPolicy(IOptions<PublishOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _allowedHosts = new HashSet<string>(
            (options.Value.WebhookAllowedHosts ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
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

    /// <summary>True when the address is neither loopback, private, link-local, multicast nor reserved (the table fetch uses too).</summary>
    public static bool IsPublic(IPAddress address) => AddressClassifier.Classify(address) is null;
}
