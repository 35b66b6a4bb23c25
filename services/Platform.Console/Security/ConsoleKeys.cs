using System.Security.Cryptography;
using System.Text;

namespace Platform.OperatorConsole.Security;

/// <summary>
/// The keys that open the console: admin keys (<c>Platform:Publish:AdminApiKeys</c>, shared with the admin API) and
/// viewer keys (<c>Platform:Console:ViewerApiKeys</c>). Only their SHA-256 hashes are held, compared in constant time.
/// </summary>
public sealed class ConsoleKeys
{
    private readonly byte[][] _admin;
    private readonly byte[][] _viewer;

    public ConsoleKeys(string? adminKeys, string? viewerKeys)
    {
        _admin = Split(adminKeys).Select(Hash).ToArray();
        _viewer = Split(viewerKeys).Select(Hash).ToArray();
    }

    /// <summary>Whether any admin key is configured; without one no action is possible.</summary>
    public bool AdminEnabled => _admin.Length > 0;

    /// <summary>The role a key grants, or null when it is not a configured key.</summary>
    public ConsoleRole? RoleOf(string? key) => key is { Length: > 0 } ? RoleOfHash(Hash(key)) : null;

    /// <summary>The role the key with this SHA-256 hash grants now (a removed key grants nothing).</summary>
    public ConsoleRole? RoleOfHash(byte[] hash)
    {
        if (Contains(_admin, hash)) return ConsoleRole.Admin;
        return Contains(_viewer, hash) ? ConsoleRole.Viewer : null;
    }

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private static bool Contains(byte[][] hashes, byte[] hash)
    {
        var match = false;
        foreach (var known in hashes) match |= CryptographicOperations.FixedTimeEquals(known, hash);
        return match;
    }

    private static string[] Split(string? keys) =>
        (keys ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
