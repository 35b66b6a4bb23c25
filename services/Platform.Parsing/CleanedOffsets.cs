namespace Platform.Parsing;

/// <summary>
/// Maps offsets in the cleaned page text back to the normalized text it was cut from (<see cref="PageTextCleaner"/>
/// takes out converter pinyin and anti-copy junk). A stretch that spanned a removed piece comes back as two.
/// </summary>
internal sealed class CleanedOffsets
{
    private readonly int[] _cleanedAt;
    private readonly int[] _shiftAfter;

    public CleanedOffsets(IReadOnlyList<TextCut> cuts)
    {
        _cleanedAt = new int[cuts.Count];
        _shiftAfter = new int[cuts.Count];
        var shift = 0;
        for (var k = 0; k < cuts.Count; k++)
        {
            _cleanedAt[k] = cuts[k].Start - shift;
            shift += cuts[k].Length;
            _shiftAfter[k] = shift;
        }
    }

    /// <summary>Adds to <paramref name="into"/> the normalized stretches of cleaned characters [start, start + length).</summary>
    public void Map(int start, int length, List<(int Start, int Length)> into)
    {
        // Cuts at or before the first character moved it right; cuts inside the stretch split it.
        var k = UpperBound(start);
        var shift = k == 0 ? 0 : _shiftAfter[k - 1];
        var pos = start;
        var end = start + length;
        for (; k < _cleanedAt.Length && _cleanedAt[k] < end; k++)
        {
            into.Add((pos + shift, _cleanedAt[k] - pos));
            shift = _shiftAfter[k];
            pos = _cleanedAt[k];
        }
        into.Add((pos + shift, end - pos));
    }

    // The number of cuts at cleaned positions ≤ offset.
    private int UpperBound(int offset)
    {
        int low = 0, high = _cleanedAt.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (_cleanedAt[mid] <= offset) low = mid + 1;
            else high = mid;
        }
        return low;
    }
}
