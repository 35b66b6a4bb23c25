using Platform.Enrichment.Gazetteer;

namespace Platform.Enrichment.Regions;

/// <summary>
/// A city or county that a sentence names only as the venue of its province's event (全省…推进会在西宁召开, 省文明委全会在济南召开,
/// 江苏志交会在张家港开幕): the sentence is about the province. A sentence that speaks for its city (我市, 全市) keeps the city's event,
/// and so does a national event the province only co-organizes (中央文明办主办,省文明办承办…在某市举行).
/// </summary>
internal static class ProvinceEventVenue
{
    // Words of a province's own bodies and of the whole province. 省委 is not one: a city's news names its secretary as 省委常委.
    private static readonly string[] ProvinceWords = ["全省", "我省", "省文明委", "省文明办"];

    // An autonomous region calls itself 全区 or 自治区, words a district's news uses too: they count only for a venue that is
    // a city or a county that is no district (全区…会议在南宁召开, 在鹿寨县召开), never for a district's own meeting in one
    // of its towns.
    private static readonly string[] AutonomousRegionWords = ["全区", "自治区"];

    private const string AutonomousRegion = "自治区";

    private static readonly string[] NationalOrganizers = ["中央宣传部", "中宣部", "中央文明办", "中央文明委"];

    private const char District = '区';

    /// <summary>The province whose event <paramref name="venue"/> only hosts in [start, end), or null.</summary>
    public static AdminUnit? Host(List<RegionHit> hits, string text, int start, int end, AdminUnit venue)
    {
        if (venue.IsProvince) return null;
        var sentence = text.AsSpan(start, end - start);
        if (CityWideSentence.SpeaksForCity(sentence)) return null;
        // 由中央宣传部、中央文明办主办,省文明办承办的…活动在某市举行: a national event the province only helps stage is the
        // venue's story, not the province's.
        foreach (var organizer in NationalOrganizers)
            if (sentence.Contains(organizer, StringComparison.Ordinal)) return null;
        var province = venue.Province;
        var speaks = CityEventVenue.NamedAlone(hits, start, end, province);
        foreach (var word in ProvinceWords)
            speaks |= sentence.Contains(word, StringComparison.Ordinal);
        if (province.Name.EndsWith(AutonomousRegion, StringComparison.Ordinal) && (venue.Level == RegionLevels.City || (venue.IsCounty && venue.Name[^1] != District)))
            foreach (var word in AutonomousRegionWords)
                speaks |= sentence.Contains(word, StringComparison.Ordinal);
        return speaks && CityEventVenue.OnlyVenue(hits, text, start, end, venue) ? province : null;
    }
}
