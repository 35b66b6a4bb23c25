namespace Platform.Enrichment;

/// <summary>64-bit SimHash over character bigrams, for near-duplicate detection.</summary>
public static class SimHash
{
    /// <summary>Fingerprints within this Hamming distance are near-duplicates.</summary>
    public const int NearDuplicateDistance = 3;

    public static ulong Compute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<int> weights = stackalloc int[64];
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) || char.IsWhiteSpace(text[i + 1])) continue;
            var h = Fnv1a(text[i], text[i + 1]);
            for (var b = 0; b < 64; b++) weights[b] += ((h >> b) & 1) == 1 ? 1 : -1;
        }
        ulong result = 0;
        for (var b = 0; b < 64; b++) if (weights[b] > 0) result |= 1UL << b;
        return result;
    }

    public static int Distance(ulong a, ulong b) => System.Numerics.BitOperations.PopCount(a ^ b);

    private static ulong Fnv1a(char a, char b)
    {
        var h = 14695981039346656037UL;
        h = (h ^ a) * 1099511628211UL;
        h = (h ^ b) * 1099511628211UL;
        // Final avalanche so neighbouring bigrams do not share high bits.
        h ^= h >> 33; h *= 0xff51afd7ed558ccdUL; h ^= h >> 33;
        return h;
    }
}
