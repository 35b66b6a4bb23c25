using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Platform.Publish.Tests;

/// <summary>
/// A webhook receiver on a raw socket that answers 200 with a declared body of <see cref="BodyBytes"/> and writes it
/// until the sender hangs up. <see cref="Sent"/> counts only what the kernel accepted: Kestrel, once the peer is gone,
/// completes writes without sending until it signals the abort, so a count taken there measures its scheduler, not
/// the sender.
/// </summary>
public sealed class HugeBodyReceiver : IAsyncDisposable
{
    public const long BodyBytes = 256L * 1024 * 1024;
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Task<bool> _serving;
    private long _sent;

    public HugeBodyReceiver()
    {
        _listener.Start();
        _serving = ServeAsync();
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/hook";

    public long Sent => Interlocked.Read(ref _sent);

    /// <summary>True once the sender dropped the connection; false if it read all <see cref="BodyBytes"/>.</summary>
    public async Task<bool> SenderHungUpAsync(TimeSpan within) => await _serving.WaitAsync(within).ConfigureAwait(false);

    private async Task<bool> ServeAsync()
    {
        using var socket = await _listener.AcceptSocketAsync().ConfigureAwait(false);
        // A small send buffer keeps what sits in the kernel beside the count small.
        socket.SendBufferSize = 64 * 1024;
        await ReadRequestAsync(socket).ConfigureAwait(false);
        var head = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: {BodyBytes}\r\n\r\n"));
        await socket.SendAsync(head).ConfigureAwait(false);
        var chunk = new byte[64 * 1024];
        try
        {
            while (Sent < BodyBytes)
            {
                Interlocked.Add(ref _sent, await socket.SendAsync(chunk).ConfigureAwait(false));
            }
            return false;
        }
        catch (SocketException)
        {
            return true;
        }
    }

    /// <summary>Reads the request's head and its Content-Length body, so the answer comes after the whole request.</summary>
    private static async Task ReadRequestAsync(Socket socket)
    {
        var received = new List<byte>();
        var buffer = new byte[8192];
        int end;
        while ((end = IndexOfHeadEnd(received)) < 0)
        {
            var n = await socket.ReceiveAsync(buffer).ConfigureAwait(false);
            if (n == 0) throw new IOException("the sender closed the connection before its request ended");
            received.AddRange(buffer.AsSpan(0, n));
        }
        var head = Encoding.ASCII.GetString(received.ToArray(), 0, end);
        var length = head.Split("\r\n").Select(line => line.Split(':', 2))
            .Where(p => p.Length == 2 && p[0].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            .Select(p => int.Parse(p[1].Trim(), CultureInfo.InvariantCulture)).FirstOrDefault();
        var remaining = length - (received.Count - end - 4);
        while (remaining > 0)
        {
            var n = await socket.ReceiveAsync(buffer).ConfigureAwait(false);
            if (n == 0) throw new IOException("the sender closed the connection before its request body ended");
            remaining -= n;
        }
    }

    private static int IndexOfHeadEnd(List<byte> bytes)
    {
        for (var i = 0; i + 3 < bytes.Count; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n') return i;
        }
        return -1;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        try
        {
            await _serving.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SocketException or IOException or ObjectDisposedException or TimeoutException)
        {
            // The test has its verdict; a receiver still blocked or never connected has nothing more to say.
        }
        _listener.Dispose();
    }
}
