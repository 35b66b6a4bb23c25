using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
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
        return Compute(text, "");
    }

    /// <summary>The fingerprint of <paramref name="first"/> followed by <paramref name="second"/>, without joining them.</summary>
    public static ulong Compute(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var accumulator = new Accumulator();
        if (IsSimple(first) && IsSimple(second))
        {
            // Every character maps to at most one character on its own and none composes with its
            // neighbours, so NFKC can be applied character by character while streaming.
            accumulator.AddSimple(first);
            accumulator.AddSimple(second);
        }
        else
        {
            var joined = first + second;
            var normalized = joined.IsNormalized(NormalizationForm.FormKC) ? joined : joined.Normalize(NormalizationForm.FormKC);
            foreach (var c in normalized) accumulator.Add(c);
        }
        return accumulator.Result();
    }

    public static int Distance(ulong a, ulong b) => System.Numerics.BitOperations.PopCount(a ^ b);

    // NFKC of single characters whose normalization is one character and that never compose with a
    // neighbour: ASCII, CJK unified ideographs, full-width ASCII forms and common CJK punctuation.
    // '\0' marks characters outside this set (the text then takes the full normalization).
    private static readonly char[] SimpleMap = BuildSimpleMap();

    // Whether NFKC leaves every CJK unified ideograph as it is (it does; checked rather than assumed): then the
    // ideographs, nearly every character of an article, are read without touching the 128 KB map, which would
    // otherwise cost a cache line per distinct character of each text.
    private static readonly bool IdeographsUnchanged = Enumerable.Range(0x4E00, 0x9FFF - 0x4E00 + 1).All(c => SimpleMap[c] == c);

    private static char Simple(char c) => IdeographsUnchanged && c is >= '\u4E00' and <= '\u9FFF' ? c : SimpleMap[c];

    private static char[] BuildSimpleMap()
    {
        var map = new char[char.MaxValue + 1];
        void Range(int from, int to)
        {
            for (var c = from; c <= to; c++)
            {
                var normalized = ((char)c).ToString().Normalize(NormalizationForm.FormKC);
                if (normalized.Length == 1 && normalized[0] != '\0') map[c] = normalized[0];
            }
        }
        Range(0x01, 0x7F);
        Range(0x4E00, 0x9FFF);
        Range(0xFF01, 0xFF5E);
        Range(0x3000, 0x3003);
        Range(0x3008, 0x3011);
        Range(0x2010, 0x201F);
        Range(0x00B7, 0x00B7);
        return map;
    }

    private static bool IsSimple(string text)
    {
        foreach (var c in text)
            if (Simple(c) == '\0') return false;
        return true;
    }

    /// <summary>
    /// Trigram features of the whitespace-free character stream, with bit counts kept in byte lanes: byte b of
    /// <see cref="_low"/> (bits 0-31) and <see cref="_high"/> (bits 32-63) counts the features whose hash has bit b set.
    /// </summary>
    private struct Accumulator
    {
        private const int LaneLimit = 255;
        private InlineBits _ones;
        private Vector256<byte> _low;
        private Vector256<byte> _high;
        private int _inLanes;
        private int _features;
        private int _seen;
        private char _a;
        private char _b;

        public void AddSimple(string text)
        {
            foreach (var c in text) Add(Simple(c));
        }

        public void Add(char c)
        {
            // Ideographs, most of a text, are never white space: they skip the Unicode table lookup.
            if (c is < '\u4E00' or > '\u9FFF' && char.IsWhiteSpace(c)) return;
            if (_seen >= 2)
            {
                var h = Hash(_a, _b, c);
                _low += LowBits(h);
                _high += LowBits(h >> 32);
                _features++;
                if (++_inLanes == LaneLimit) Flush();
            }
            else _seen++;
            _a = _b;
            _b = c;
        }

        public ulong Result()
        {
            if (_features == 0) return 0;
            Flush();
            ulong result = 0;
            // Each bit's weight is (+1 per set, -1 per clear) = 2 * ones - features.
            for (var b = 0; b < 64; b++) if (2 * _ones[b] - _features > 0) result |= 1UL << b;
            return result;
        }

        private void Flush()
        {
            for (var b = 0; b < 32; b++)
            {
                _ones[b] += _low.GetElement(b);
                _ones[32 + b] += _high.GetElement(b);
            }
            _low = default;
            _high = default;
            _inLanes = 0;
        }
    }

    [System.Runtime.CompilerServices.InlineArray(64)]
    private struct InlineBits
    {
        private int _element;
    }

    // Byte b is 1 where bit b of the low 32 bits of h is set: one byte per bit, so adding it counts 32 bits at once.
    // With AVX2 the bytes of h are spread by one shuffle (each 16-byte half reads the copy of h in its own half) and
    // tested against each byte's bit, instead of reading four table entries.
    private static Vector256<byte> LowBits(ulong h)
    {
        if (Avx2.IsSupported)
        {
            var spread = Avx2.Shuffle(Vector256.Create(h).AsByte(), ByteOfBit);
            return Vector256.Equals(spread & BitOfByte, BitOfByte) & Vector256<byte>.One;
        }
        return Vector256.Create(Spread[(int)(h & 0xFF)], Spread[(int)((h >> 8) & 0xFF)], Spread[(int)((h >> 16) & 0xFF)], Spread[(int)((h >> 24) & 0xFF)]).AsByte();
    }

    // For byte b of the result: which byte of h holds its bit (b / 8), and that bit's mask (1 << b % 8).
    private static readonly Vector256<byte> ByteOfBit = Vector256.Create(
        (byte)0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3);

    private static readonly Vector256<byte> BitOfByte = Vector256.Create(
        (byte)1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128);

    // Spread[v] has byte j set to bit j of v, so adding it counts eight bits at once.
    private static readonly ulong[] Spread = BuildSpread();

    private static ulong[] BuildSpread()
    {
        var spread = new ulong[256];
        for (var v = 0; v < 256; v++)
            for (var j = 0; j < 8; j++)
                if (((v >> j) & 1) != 0) spread[v] |= 1UL << (8 * j);
        return spread;
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
