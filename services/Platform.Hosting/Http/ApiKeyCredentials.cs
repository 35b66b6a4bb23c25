using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Platform.Hosting.Http;

/// <summary>
/// API keys as every endpoint reads and keeps them: sent as <c>Authorization: Bearer &lt;key&gt;</c> or <c>X-Api-Key</c>,
/// held and compared only as SHA-256 hashes, so a leaked store or configuration dump reveals no usable key.
/// </summary>
public static class ApiKeyCredentials
{
    /// <summary>The key the request carries, or null.</summary>
    public static string? Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var auth = request.Headers.Authorization.ToString();
        if (auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return auth[7..].Trim() is { Length: > 0 } bearer ? bearer : null;
        return request.Headers["X-Api-Key"].ToString() is { Length: > 0 } header ? header.Trim() : null;
    }

    /// <summary>The SHA-256 of the key, lower-case hex: what is stored and compared.</summary>
    public static string Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>Whether <paramref name="hash"/> is one of <paramref name="known"/>, compared in constant time.</summary>
    public static bool IsKnown(string hash, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(hash);
        ArgumentNullException.ThrowIfNull(known);
        var candidate = Encoding.ASCII.GetBytes(hash);
        var match = false;
        foreach (var k in known) match |= CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(k), candidate);
        return match;
    }

    /// <summary>A new random key: "plt_" + 32 bytes base64url.</summary>
    public static string NewKey() => "plt_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
