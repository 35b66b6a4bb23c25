namespace Platform.Enrichment.Gazetteer;

/// <summary>How a printed name relates to its unit; decides how much context the name needs.</summary>
public enum NameKind
{
    /// <summary>The official name (湖南省, 开福区).</summary>
    Official,
    /// <summary>A colloquial form of an autonomous unit (海西州, 互助县).</summary>
    Colloquial,
    /// <summary>A historic official name of a renamed or abolished unit (襄樊市, 同仁县).</summary>
    Historic,
    /// <summary>The name without its suffix (湖南, 长沙, 开福).</summary>
    Short,
    /// <summary>The short form of a historic name (襄樊).</summary>
    HistoricShort,
    /// <summary>A town, township or subdistrict (洋门乡, 东华门街道) unique in the country, standing for its county.</summary>
    Township,
    /// <summary>
    /// A town name several counties share (河东街道, 张家山街道), standing for the county where its county or city is in
    /// context or printed right before it (芜湖市张家山街道).
    /// </summary>
    SharedTownship,
    /// <summary>A village or urban community (东庞村, 月河社区) unique in the country, standing for its county.</summary>
    Village,
}
