using Platform.Enrichment.Gazetteer;

namespace Platform.Enrichment.Regions;

/// <summary>
/// Gazetteer names found in one text: <see cref="Starts"/>[k] is where <see cref="Found"/>[k] begins;
/// sorted by start, shortest first at each start. Reusable across texts (<see cref="Reset"/>).
/// </summary>
internal sealed class NameMatches
{
    public string Text { get; private set; } = "";

    public List<int> Starts { get; } = [];

    public List<(int Length, IReadOnlyList<GazetteerName> Values)> Found { get; } = [];

    /// <summary>Where the text prints town words, found once per text when a short name first asks.</summary>
    public PrintedTowns Towns { get; } = new();

    // A per-thread instance must not keep an enormous article's buffers alive.
    private const int MaxRetained = 1 << 16;

    /// <summary>Adds a name found apart from the trie walk, keeping the order by start, shortest first.</summary>
    public void Insert(int start, int length, IReadOnlyList<GazetteerName> values)
    {
        var k = Starts.Count;
        while (k > 0 && (Starts[k - 1] > start || (Starts[k - 1] == start && Found[k - 1].Length > length))) k--;
        Starts.Insert(k, start);
        Found.Insert(k, (length, values));
    }

    public void Reset(string text)
    {
        Text = text;
        Starts.Clear();
        Found.Clear();
        Towns.Reset();
        if (Starts.Capacity > MaxRetained) Starts.Capacity = 0;
        if (Found.Capacity > MaxRetained) Found.Capacity = 0;
    }
}
