namespace Platform.Enrichment.Gazetteer;

/// <summary>A name printed in text and the unit it may denote.</summary>
public sealed record GazetteerName(string Text, AdminUnit Unit, NameKind Kind)
{
    public bool IsShort => Kind is NameKind.Short or NameKind.HistoricShort;

    /// <summary>True for the name of a renamed or abolished unit (下城区 → 拱墅区).</summary>
    public bool IsHistoric => Kind is NameKind.Historic or NameKind.HistoricShort;
}
