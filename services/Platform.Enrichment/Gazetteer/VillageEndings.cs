namespace Platform.Enrichment.Gazetteer;

/// <summary>
/// A filter in front of <see cref="VillageTable"/>'s dictionary: for a suffix printed after two given characters,
/// which (stem length, first character) pairs some village name has, in one 64-byte line per suffix occurrence.
/// </summary>
/// <remarks>
/// Each 村 or 社区 of an article was looked up once per possible stem length (2 to the longest stem) in a dictionary
/// of 218k names (several MB), and the other enrichers evict it between articles, so each try missed the cache
/// two or three times. A false positive only costs the dictionary lookup it would have made anyway, so the villages
/// found are exactly the table's.
/// </remarks>
internal sealed class VillageEndings
{
    private const int LineBits = 12;
    private const int WordsPerLine = 8;
    private readonly ulong[] _bits = new ulong[(1 << LineBits) * WordsPerLine];

    /// <summary>Records a name: its stem (two characters or more) and the index of its suffix.</summary>
    public void Add(string stem, int suffix) => Set(Line(suffix, stem[^1], stem[^2]), Bit(stem.Length, stem[0]));

    /// <summary>The line for a suffix printed after <paramref name="last"/>, which follows <paramref name="beforeLast"/>.</summary>
    public static int Line(int suffix, char last, char beforeLast) =>
        (int)((((ulong)suffix << 32 | (ulong)last << 16 | beforeLast) * 0x9E3779B97F4A7C15UL) >> (64 - LineBits));

    /// <summary>False when no village name has a stem of this length starting with <paramref name="first"/> in this line.</summary>
    public bool MayHold(int line, int stemLength, char first)
    {
        var bit = Bit(stemLength, first);
        return (_bits[line * WordsPerLine + (bit >> 6)] & (1UL << (bit & 63))) != 0;
    }

    private void Set(int line, int bit) => _bits[line * WordsPerLine + (bit >> 6)] |= 1UL << (bit & 63);

    private static int Bit(int stemLength, char first) => (int)((((ulong)stemLength << 16 | first) * 0xC2B2AE3D27D4EB4FUL) >> (64 - 9));
}
