namespace Platform.Evaluation;

/// <summary>
/// Python's <c>difflib.SequenceMatcher</c> over the code points of two strings (Ratcliff/Obershelp: the longest
/// matching block, then recursively the blocks left and right of it), ported line for line so that title
/// similarity agrees with the reference scorer exactly — including its junk rule and its "autojunk" rule, under
/// which a code point occurring more than 1% + 1 times in a second string of 200 or more is treated as popular
/// and cannot start a match.
/// </summary>
public sealed class SequenceMatcher
{
    private readonly int[] a;
    private readonly int[] b;
    private readonly Dictionary<int, List<int>> b2j = [];
    private readonly HashSet<int> bJunk = [];

    /// <param name="a">First sequence.</param>
    /// <param name="b">Second sequence (the one junk and popularity are computed on).</param>
    /// <param name="isJunk">Code points to ignore as match starts, or null (the reference scorer passes none).</param>
    /// <param name="autoJunk">Python's default heuristic for long second sequences.</param>
    public SequenceMatcher(string a, string b, Func<int, bool>? isJunk = null, bool autoJunk = true)
    {
        this.a = CodePoints(a);
        this.b = CodePoints(b);
        ChainB(isJunk, autoJunk);
    }

    /// <summary>2·M / T, where M is the number of matched code points and T the total of both lengths; 1 when both are empty.</summary>
    public static double Ratio(string a, string b) => new SequenceMatcher(a, b).Ratio();

    public double Ratio()
    {
        var matches = MatchingBlocks().Sum(block => block.Size);
        var length = a.Length + b.Length;
        return length > 0 ? 2.0 * matches / length : 1.0;
    }

    /// <summary>The matching blocks in order (without Python's trailing zero-size sentinel; adjacent blocks are not merged, which leaves the ratio unchanged).</summary>
    public IReadOnlyList<MatchingBlock> MatchingBlocks()
    {
        var queue = new Stack<(int ALo, int AHi, int BLo, int BHi)>();
        queue.Push((0, a.Length, 0, b.Length));
        var blocks = new List<MatchingBlock>();
        while (queue.Count > 0)
        {
            var (aLo, aHi, bLo, bHi) = queue.Pop();
            var block = FindLongestMatch(aLo, aHi, bLo, bHi);
            if (block.Size == 0) continue;
            blocks.Add(block);
            if (aLo < block.A && bLo < block.B) queue.Push((aLo, block.A, bLo, block.B));
            if (block.A + block.Size < aHi && block.B + block.Size < bHi) queue.Push((block.A + block.Size, aHi, block.B + block.Size, bHi));
        }
        blocks.Sort((x, y) => x.A != y.A ? x.A.CompareTo(y.A) : x.B != y.B ? x.B.CompareTo(y.B) : x.Size.CompareTo(y.Size));
        return blocks;
    }

    /// <summary>
    /// The longest junk-free block of a[aLo..aHi) equal to one in b[bLo..bHi), earliest in a, then earliest in b;
    /// extended by equal non-junk (popular) elements and then by equal junk on both sides, as difflib does.
    /// </summary>
    public MatchingBlock FindLongestMatch(int aLo, int aHi, int bLo, int bHi)
    {
        int bestI = aLo, bestJ = bLo, bestSize = 0;
        var j2Len = new Dictionary<int, int>();
        for (var i = aLo; i < aHi; i++)
        {
            var newJ2Len = new Dictionary<int, int>();
            if (b2j.TryGetValue(a[i], out var indices))
            {
                foreach (var j in indices)
                {
                    if (j < bLo) continue;
                    if (j >= bHi) break;
                    var k = j2Len.GetValueOrDefault(j - 1) + 1;
                    newJ2Len[j] = k;
                    if (k > bestSize) (bestI, bestJ, bestSize) = (i - k + 1, j - k + 1, k);
                }
            }
            j2Len = newJ2Len;
        }
        while (bestI > aLo && bestJ > bLo && !bJunk.Contains(b[bestJ - 1]) && a[bestI - 1] == b[bestJ - 1])
            (bestI, bestJ, bestSize) = (bestI - 1, bestJ - 1, bestSize + 1);
        while (bestI + bestSize < aHi && bestJ + bestSize < bHi && !bJunk.Contains(b[bestJ + bestSize]) && a[bestI + bestSize] == b[bestJ + bestSize])
            bestSize++;
        while (bestI > aLo && bestJ > bLo && bJunk.Contains(b[bestJ - 1]) && a[bestI - 1] == b[bestJ - 1])
            (bestI, bestJ, bestSize) = (bestI - 1, bestJ - 1, bestSize + 1);
        while (bestI + bestSize < aHi && bestJ + bestSize < bHi && bJunk.Contains(b[bestJ + bestSize]) && a[bestI + bestSize] == b[bestJ + bestSize])
            bestSize++;
        return new MatchingBlock(bestI, bestJ, bestSize);
    }

    private void ChainB(Func<int, bool>? isJunk, bool autoJunk)
    {
        for (var i = 0; i < b.Length; i++)
        {
            if (!b2j.TryGetValue(b[i], out var indices)) b2j[b[i]] = indices = [];
            indices.Add(i);
        }
        if (isJunk is not null)
        {
            foreach (var element in b2j.Keys.Where(isJunk).ToArray())
            {
                bJunk.Add(element);
                b2j.Remove(element);
            }
        }
        if (autoJunk && b.Length >= 200)
        {
            var popularAbove = b.Length / 100 + 1;
            foreach (var element in b2j.Where(e => e.Value.Count > popularAbove).Select(e => e.Key).ToArray())
                b2j.Remove(element);
        }
    }

    /// <summary>Code points as Python indexes a string: a surrogate pair is one element, a lone surrogate is one element.</summary>
    internal static int[] CodePoints(string text)
    {
        var points = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                points.Add(char.ConvertToUtf32(text[i], text[i + 1]));
                i++;
            }
            else
            {
                points.Add(text[i]);
            }
        }
        return [.. points];
    }
}
