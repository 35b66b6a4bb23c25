using System.Net;

namespace Platform.Fetch.Network;

/// <summary>
/// Hosts, addresses and CIDR ranges (<c>Platform:Fetch:AllowedHosts</c>) that pulled feeds may reach although they
/// are internal. A listed host name allows whatever it resolves to; a listed address or range allows only itself.
/// </summary>
public sealed class NetworkAllowList
{
    private readonly HashSet<string> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<IPNetwork> _networks = [];

    public NetworkAllowList(string? entries)
    {
        foreach (var entry in (entries ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (IPNetwork.TryParse(entry, out var network)) _networks.Add(network);
            else if (IPAddress.TryParse(entry, out var address)) _networks.Add(new IPNetwork(address, address.GetAddressBytes().Length * 8));
            else _hosts.Add(entry.TrimEnd('.'));
        }
    }

    public bool AllowsHost(string host) => _hosts.Contains(host.TrimEnd('.'));

    public bool AllowsAddress(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        foreach (var network in _networks)
        {
            if (network.Contains(address)) return true;
        }
        return false;
    }
}
