namespace Platform.Enrichment.Gazetteer;

/// <summary>A name printed in text and the unit it may denote.</summary>
public sealed record GazetteerName(string Text, AdminUnit Unit, NameKind Kind)
{
    public bool IsShort => Kind is NameKind.Short or NameKind.HistoricShort;
}
