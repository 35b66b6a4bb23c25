using System.Net;
using System.Net.Sockets;

namespace Platform.Hosting.Network;

/// <summary>
/// Names the kind of non-public address an IP is (loopback, private, link-local …), or null for a public one.
/// Pulled feeds and webhook deliveries must not reach internal services (SSRF), so every resolved address is classified before connecting.
/// IPv4 embedded in IPv6 (mapped ::ffff:a.b.c.d, translated ::ffff:0:a.b.c.d, compatible ::a.b.c.d, NAT64
/// 64:ff9b::/96, 6to4 2002::/16) is classified as the IPv4 it carries, because the connection ends up at that IPv4
/// address; local-use NAT64 (64:ff9b:1::/48) is never public.
/// </summary>
public static class AddressClassifier
{
    private static readonly (IPNetwork Network, string Kind)[] V4 =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "an unspecified (this-network) address"),
        (IPNetwork.Parse("10.0.0.0/8"), "a private address"),
        (IPNetwork.Parse("100.64.0.0/10"), "a carrier-grade NAT (shared) address"),
        (IPNetwork.Parse("127.0.0.0/8"), "a loopback address"),
        (IPNetwork.Parse("169.254.0.0/16"), "a link-local address"),
        (IPNetwork.Parse("172.16.0.0/12"), "a private address"),
        (IPNetwork.Parse("192.0.0.0/24"), "an IETF protocol assignment address"),
        (IPNetwork.Parse("192.168.0.0/16"), "a private address"),
        (IPNetwork.Parse("198.18.0.0/15"), "a benchmarking address"),
        (IPNetwork.Parse("224.0.0.0/4"), "a multicast address"),
        (IPNetwork.Parse("240.0.0.0/4"), "a reserved address"),
    ];

    private static readonly (IPNetwork Network, string Kind)[] V6 =
    [
        (IPNetwork.Parse("::/128"), "an unspecified address"),
        (IPNetwork.Parse("::1/128"), "a loopback address"),
        (IPNetwork.Parse("fe80::/10"), "a link-local address"),
        (IPNetwork.Parse("fec0::/10"), "a site-local address"),
        (IPNetwork.Parse("fc00::/7"), "a unique-local (private) address"),
        (IPNetwork.Parse("ff00::/8"), "a multicast address"),
    ];

    // IPv6 forms that carry an IPv4 address in their last 32 bits: NAT64 (64:ff9b::/96), SIIT's IPv4-translated
    // (::ffff:0:a.b.c.d) and the deprecated IPv4-compatible (::a.b.c.d; :: and ::1 are matched before).
    private static readonly IPNetwork[] TrailingV4 =
        [IPNetwork.Parse("64:ff9b::/96"), IPNetwork.Parse("::ffff:0:0:0/96"), IPNetwork.Parse("::/96")];

    // 6to4 carries its IPv4 address in bits 16-47.
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    // Local-use NAT64 (RFC 8215): the operator picks where the IPv4 address sits, so none of it is taken as public.
    private static readonly IPNetwork LocalNat64 = IPNetwork.Parse("64:ff9b:1::/48");

    /// <summary>"a private address", "a loopback address" … or null when the address is public.</summary>
    public static string? Classify(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6Loopback)) return Match(V6, address);
            if (LocalNat64.Contains(address)) return "a local-use NAT64 address";
            var bytes = address.GetAddressBytes();
            if (TrailingV4.Any(n => n.Contains(address))) address = new IPAddress(bytes.AsSpan(12, 4));
            else if (SixToFour.Contains(address)) address = new IPAddress(bytes.AsSpan(2, 4));
        }
        return Match(address.AddressFamily == AddressFamily.InterNetwork ? V4 : V6, address);
    }

    private static string? Match((IPNetwork Network, string Kind)[] table, IPAddress address)
    {
        foreach (var (network, kind) in table)
        {
            if (network.Contains(address)) return kind;
        }
        if (address.Equals(IPAddress.Broadcast)) return "a broadcast address";
        return null;
    }
}
