using System.Security.Cryptography;
using System.Text;

namespace Platform.Fetch;

/// <summary>API keys are stored and compared only as SHA-256 hashes; a leaked store reveals no usable key.</summary>
public static class ApiKeyHasher
{
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>A new random key: "plt_" + 32 bytes base64url.</summary>
    public static string NewKey() => "plt_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
