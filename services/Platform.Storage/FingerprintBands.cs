namespace Platform.Storage;

/// <summary>
/// Splits a 64-bit SimHash into four 16-bit bands. Two fingerprints within Hamming distance 3
/// share at least one band (pigeonhole), so an equality index on bands finds near-duplicate candidates.
/// </summary>
public static class FingerprintBands
{
    public static int[] Of(ulong fingerprint) =>
    [
        (int)(fingerprint & 0xFFFF),
        (int)((fingerprint >> 16) & 0xFFFF),
        (int)((fingerprint >> 32) & 0xFFFF),
        (int)((fingerprint >> 48) & 0xFFFF),
    ];

    public static bool TryParse(string? hex, out ulong fingerprint) =>
        ulong.TryParse(hex, System.Globalization.NumberStyles.HexNumber, null, out fingerprint);
}
