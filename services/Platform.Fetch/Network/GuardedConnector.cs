using System.Net;
using System.Net.Sockets;
using Platform.Hosting.Network;

namespace Platform.Fetch.Network;

/// <summary>
/// The <see cref="SocketsHttpHandler.ConnectCallback"/> of pulled requests: resolves the host itself, drops every
/// internal address that is not allow-listed, and only then opens a socket. Checking here, not on the URL, covers
/// redirects, DNS names pointing inside (and rebinding between check and connect), and IP literals in any notation.
/// A refused host is never connected to.
/// </summary>
public sealed class GuardedConnector(NetworkAllowList allowList)
{
    /// <summary>Called just before a socket connects (tests assert that refused addresses never get here).</summary>
    internal Action<IPEndPoint>? Connecting { get; set; }

    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var permitted = await PermittedAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        Exception? last = null;
        foreach (var address in permitted)
        {
            var endpoint = new IPEndPoint(address, context.DnsEndPoint.Port);
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                Connecting?.Invoke(endpoint);
                await socket.ConnectAsync(endpoint, cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw new PullFailedException($"connection to {host}:{context.DnsEndPoint.Port} failed: {last?.Message}", last!);
    }

    /// <summary>The addresses of <paramref name="host"/> that may be connected to; throws naming the first refused one when none may.</summary>
    public async Task<IReadOnlyList<IPAddress>> PermittedAddressesAsync(string host, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        var literal = IPAddress.TryParse(host, out var parsed);
        IPAddress[] addresses;
        if (literal)
        {
            addresses = [parsed!];
        }
        else
        {
            try
            {
                addresses = await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
            }
            catch (SocketException ex)
            {
                throw new PullFailedException($"DNS lookup of {host} failed: {ex.Message}", ex);
            }
        }
        var hostAllowed = !literal && allowList.AllowsHost(host);
        var permitted = new List<IPAddress>(addresses.Length);
        string? refusal = null;
        foreach (var address in addresses)
        {
            var kind = AddressClassifier.Classify(address);
            if (kind is null || hostAllowed || allowList.AllowsAddress(address))
            {
                permitted.Add(address);
                continue;
            }
            refusal ??= literal ? $"refused: {address} is {kind}" : $"refused: {host} resolves to {address}, {kind}";
        }
        if (permitted.Count == 0)
        {
            throw new PullFailedException((refusal ?? $"refused: {host} has no address") + " (allow it with Platform:Fetch:AllowedHosts)") { IsRefusal = true };
        }
        return permitted;
    }
}
