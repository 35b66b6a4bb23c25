namespace Platform.Parsing;

/// <summary>
/// Maps offsets in the cleaned page text back to the normalized text it was cut from (<see cref="PageTextCleaner"/>
/// takes out converter pinyin and anti-copy junk; <see cref="ColumnWrap"/> takes out the line breaks of wrapped columns
/// before that). A stretch that spanned a removed piece comes back as two.
/// </summary>
internal sealed class CleanedOffsets
{
    private readonly int[] _cleanedAt;
    private readonly int[] _shiftAfter;
    private readonly CleanedOffsets? _earlier;
    private readonly List<(int Start, int Length)> _scratch = [];

    /// <param name="cuts">The removed pieces, with offsets into the text they were cut from.</param>
    /// <param name="earlier">The mapping of an earlier removal stage, which the text cut from had already been through.</param>
    public CleanedOffsets(IReadOnlyList<TextCut> cuts, CleanedOffsets? earlier = null)
    {
        ArgumentNullException.ThrowIfNull(cuts);
        _earlier = earlier;
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
        if (_earlier is null)
        {
            MapOne(start, length, into);
            return;
        }
        _scratch.Clear();
        MapOne(start, length, _scratch);
        foreach (var (s, l) in _scratch) _earlier.Map(s, l, into);
    }

    private void MapOne(int start, int length, List<(int Start, int Length)> into)
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
