namespace Platform.Text;

/// <summary>
/// A set of UTF-16 units as one bit each (8 KB). Tests run on every character of an article, and an article
/// uses a couple of thousand distinct characters: a 64K-entry table indexed by character touches a cache line
/// for almost each of them (over 100 KB), while this stays within 8 KB that the next text finds still cached.
/// </summary>
public sealed class CharacterBitmap
{
    private readonly ulong[] _bits = new ulong[(char.MaxValue + 1) / 64];

    public CharacterBitmap(Func<char, bool> contains)
    {
        ArgumentNullException.ThrowIfNull(contains);
        for (var c = 0; c <= char.MaxValue; c++)
            if (contains((char)c)) _bits[c >> 6] |= 1UL << (c & 63);
    }

    public bool Contains(char c) => (_bits[c >> 6] & (1UL << (c & 63))) != 0;
}
