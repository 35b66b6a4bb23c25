using Platform.Text;

namespace Platform.Enrichment.Regions;

/// <summary>
/// What the characters around a name say about it: whether it starts a phrase, names a town, an official, a company
/// or a news outlet rather than the unit.
/// </summary>
internal static class NameSurroundings
{
    public static bool StartsPhrase(string text, int start) =>
        start == 0 || !HanCharacters.IsHan(text[start - 1]) || NameRules.PhraseOpeners.Contains(text[start - 1], StringComparison.Ordinal)
        || AfterVisitLai(text, start);

    // 来冠县验收, 近年来沛县; not 带来长寿.
    private static bool AfterVisitLai(string text, int start) =>
        text[start - 1] == NameRules.Lai && (start < 2 || !NameRules.BringingVerbs.Contains(text[start - 2], StringComparison.Ordinal));

    // 群众的千阳某中学: a county's name after 的, not followed by a landform (美丽的太湖河畔).
    public static bool AfterParticle(string text, int start, int end) =>
        start > 0 && text[start - 1] == NameRules.Particle
        && (end >= text.Length || !NameRules.Landforms.Contains(text[end], StringComparison.Ordinal));

    public static bool FollowedByTownWord(string text, int end)
    {
        foreach (var word in NameRules.TownWords)
        {
            if (string.CompareOrdinal(text, end, word, 0, word.Length) != 0 || end + word.Length > text.Length) continue;
            var after = end + word.Length;
            return word != "乡" || after >= text.Length || !NameRules.NotTownAfterXiang.Contains(text[after], StringComparison.Ordinal);
        }
        return false;
    }

    // 派驻河北村的第一书记: a short name right before 村 names a village (河北村 lies in 山西), unless 村 starts a word
    // (湖南村民, 山东村村通).
    public static bool NamesVillage(string text, int end) =>
        end < text.Length && text[end] == '村' && !FollowedBy(text, end, "村村通")
        && (end + 1 == text.Length || !NameRules.NotVillageAfterCun.Contains(text[end + 1], StringComparison.Ordinal));

    // 株洲首个, 厦门市最大的: a unit's name before a ranking word places something within the unit (its first, its largest)
    // and does not make the story the unit's own.
    public static bool RanksWithin(string text, int end) => FollowedByAny(text, end, NameRules.RankingWords);

    // 县委书记林江苏: a two-character name right after an official's title and a surname is the official's given name.
    public static bool InTitledName(string text, int start, int length)
    {
        if (length != 2 || start < 2 || !ChineseSurnames.IsSurname(text[start - 1])) return false;
        foreach (var title in NameRules.OfficialTitles)
            if (PrecededBy(text, start - 1, title)) return true;
        return false;
    }

    // A town word at this place makes the name before it a town's: 东城街道 printed anywhere makes a bare 东城 of the same
    // text that town, not 东城区. 社区 is no such sign: 长清社区教育学院 is the district's college.
    public static bool TownWordAt(string text, int at) => FollowedByTownWord(text, at) && !FollowedBy(text, at, "社区");

    public static bool FollowedBy(string text, int end, string word) =>
        end + word.Length <= text.Length && string.CompareOrdinal(text, end, word, 0, word.Length) == 0;

    public static bool FollowedByAny(string text, int end, string[] words)
    {
        foreach (var word in words)
            if (FollowedBy(text, end, word)) return true;
        return false;
    }

    public static bool PrecededBy(string text, int start, string word) =>
        start >= word.Length && string.CompareOrdinal(text, start - word.Length, word, 0, word.Length) == 0;

    // 中原银行, 东海证券: an everyday word before a company word is the company's name, not the county's.
    public static bool NamesCompany(string text, int end) => FollowedByAny(text, end, NameRules.CompanyWords);

    // 海口网, 长沙晚报, 某区报 ending the field it stands in (not 某地报道): the name is the outlet's.
    public static bool NamesOutlet(string text, int end) =>
        FollowedByAny(text, end, NameRules.OutletNameEndings)
        || (end < text.Length && text[end] == NameRules.Paper && (end + 1 == text.Length || !HanCharacters.IsHan(text[end + 1])));

    // 喜来登定州店, 某银行桃江支行: a brand's branch is named after its place, printed right after the brand.
    public static bool NamesBranch(string text, int end) => FollowedByAny(text, end, NameRules.BranchWords);

    // 科尔沁草原: the name is a grassland's.
    public static bool NamesNaturalRegion(string text, int end) => FollowedByAny(text, end, NameRules.NaturalRegionWords);

    // 河北好人: the province's name is the honour's.
    public static bool NamesProvinceHonour(string text, int end) => FollowedByAny(text, end, NameRules.ProvinceHonourWords);

    // 曲阜师范大学, 烟台理工学院: the name is the college's.
    public static bool NamesCollege(string text, int end) => FollowedByAny(text, end, NameRules.CollegeNameEndings);

    // 东城街开展创文: a short name and 街 name a street office (广东 drops 道 from 街道), unless 街 starts a word of the
    // place's streets (北京街头).
    public static bool NamesStreetOffice(string text, int end) =>
        end < text.Length && text[end] == '街'
        && (end + 1 == text.Length || !NameRules.StreetCompounds.Contains(text[end + 1], StringComparison.Ordinal));

    // 来自莱阳的志愿者: the place people come from, which need not be where the story happens.
    public static bool NamesOrigin(string text, int start) => PrecededBy(text, start, NameRules.Origin);

    // 聊城日报, 聊城大学: the name is an outlet's or a college's, whose place need not be the story's.
    public static bool NamesInstitution(string text, int end) => NamesOutlet(text, end) || NamesCollege(text, end);

    // (文明西青), 文明五莲: a place's civilization office signs its accounts with 文明 and the place's name, standing alone.
    public static bool CivilityBrand(string text, int start, int end) =>
        (end == text.Length || !HanCharacters.IsHan(text[end]))
        && PrecededBy(text, start, NameRules.CivilityBrand) && StartsPhrase(text, start - NameRules.CivilityBrand.Length);

    // 建设和美荥阳, 打造幸福某某: a slogan verb, a slogan word and the county's name ending the phrase.
    public static bool Slogan(string text, int start, int end)
    {
        if (end < text.Length && HanCharacters.IsHan(text[end])) return false;
        foreach (var word in NameRules.SloganWords)
        {
            if (!PrecededBy(text, start, word)) continue;
            foreach (var verb in NameRules.SloganVerbs)
                if (PrecededBy(text, start - word.Length, verb)) return true;
        }
        return false;
    }

    // 今日竹山网消息, 云上恩施报道: a county's news outlet is named after it, between a brand word and an outlet word.
    public static bool OutletBrand(string text, int start, int end)
    {
        if (!FollowedByAny(text, end, NameRules.OutletWords)) return false;
        foreach (var brand in NameRules.OutletBrands)
            if (PrecededBy(text, start, brand) && StartsPhrase(text, start - brand.Length)) return true;
        return false;
    }
}
