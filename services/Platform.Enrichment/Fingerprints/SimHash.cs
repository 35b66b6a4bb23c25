using System.Text;

namespace Platform.Enrichment;

/// <summary>
/// 64-bit SimHash over character trigrams of the text with whitespace removed and NFKC applied, so
/// a copy that differs only in spacing, full/half-width punctuation or a few edited words lands within
/// <see cref="NearDuplicateDistance"/> bits.
/// </summary>
public static class SimHash
{
    /// <summary>Fingerprints within this Hamming distance are near-duplicates.</summary>
    public const int NearDuplicateDistance = 3;

    public static ulong Compute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = Canonical(text);
        Span<int> weights = stackalloc int[64];
        var features = 0;
        for (var i = 0; i + 2 < chars.Length; i++, features++)
        {
            var h = Hash(chars[i], chars[i + 1], chars[i + 2]);
            for (var b = 0; b < 64; b++) weights[b] += (int)((h >> b) & 1) * 2 - 1;
        }
        if (features == 0) return 0;
        ulong result = 0;
        for (var b = 0; b < 64; b++) if (weights[b] > 0) result |= 1UL << b;
        return result;
    }

    public static int Distance(ulong a, ulong b) => System.Numerics.BitOperations.PopCount(a ^ b);

    private static string Canonical(string text)
    {
        var normalized = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
            if (!char.IsWhiteSpace(c)) builder.Append(c);
        return builder.ToString();
    }

    private static ulong Hash(char a, char b, char c)
    {
        var h = 14695981039346656037UL;
        h = (h ^ a) * 1099511628211UL;
        h = (h ^ b) * 1099511628211UL;
        h = (h ^ c) * 1099511628211UL;
        // Final avalanche so neighbouring trigrams do not share high bits.
        h ^= h >> 33; h *= 0xff51afd7ed558ccdUL; h ^= h >> 33; h *= 0xc4ceb9fe1a85ec53UL; h ^= h >> 33;
        return h;
    }
}
