namespace Platform.Enrichment.Regions;

/// <summary>
/// Where one text prints a town word (街道, 镇, 乡; not 社区), found in a single pass on first use: whether a short name is
/// printed as a town anywhere in the text (东城街道 makes a bare 东城 that town), or as the start of a place inside a town
/// (锦屏街道南溪未来社区 makes a bare 南溪 that community: a county is never printed after one of its towns), is then a look
/// at those places, not a search of the whole text for every candidate name.
/// </summary>
internal sealed class PrintedTowns
{
    private static readonly string TownWordStarts = string.Concat(NameRules.TownWords.Select(w => w[0]));
    private readonly List<int> _townWords = [];
    private string? _text;

    /// <summary>
    /// True when <paramref name="name"/> stands right before a town word somewhere in <paramref name="text"/>, or right
    /// after 街道 or 镇.
    /// </summary>
    public bool Names(string text, string name)
    {
        if (!ReferenceEquals(_text, text)) Find(text);
        foreach (var at in _townWords)
            if (NameSurroundings.PrecededBy(text, at, name) || StartsTownPlace(text, at, name)) return true;
        return false;
    }

    private static bool StartsTownPlace(string text, int at, string name)
    {
        foreach (var word in NameRules.WordsBeforeTownPlaces)
            if (NameSurroundings.FollowedBy(text, at, word)) return NameSurroundings.FollowedBy(text, at + word.Length, name);
        return false;
    }

    public void Reset()
    {
        _text = null;
        _townWords.Clear();
        if (_townWords.Capacity > 1 << 12) _townWords.Capacity = 0;
    }

    private void Find(string text)
    {
        _text = text;
        _townWords.Clear();
        for (var i = 0; i < text.Length; i++)
            if (TownWordStarts.Contains(text[i], StringComparison.Ordinal) && NameSurroundings.TownWordAt(text, i)) _townWords.Add(i);
    }
}
