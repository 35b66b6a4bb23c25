using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Platform.Publish.Webhooks;

/// <summary>
/// Signs a delivery: <c>X-Platform-Signature: sha256=&lt;hex HMAC-SHA256(secret, "&lt;timestamp&gt;." + body)&gt;</c> with
/// <c>X-Platform-Timestamp: &lt;unix seconds&gt;</c>. The timestamp is inside the signed bytes, so a receiver that
/// refuses old timestamps cannot be fed a captured request again.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-Platform-Signature";
    public const string TimestampHeader = "X-Platform-Timestamp";

    public static string Compute(string secret, long unixSeconds, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var prefix = Encoding.ASCII.GetBytes(unixSeconds.ToString(CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }

    /// <summary>Constant-time check of a received signature header, as a receiver does it.</summary>
    public static bool Verify(string secret, long unixSeconds, ReadOnlySpan<byte> body, string? header)
    {
        if (header is null) return false;
        var expected = Encoding.ASCII.GetBytes(Compute(secret, unixSeconds, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(header));
    }
}
