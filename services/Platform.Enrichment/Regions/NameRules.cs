using Platform.Enrichment.Gazetteer;

namespace Platform.Enrichment.Regions;

/// <summary>
/// Names that are also everyday words or generic district names. They count as places only in a
/// chain right after their parent (海东互助, 铜陵市郊区), or, for generic names, in a known context.
/// </summary>
internal static class NameRules
{
    /// <summary>
    /// Short or official names that are common words or regions (平安墙, 惠民之举, 乐善互助, 整合资源, 江汉平原, 中原更出彩, 满城飘香 "the
    /// whole town fragrant", 大城市 "big cities").
    /// </summary>
    public static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "互助", "同心", "公安", "合作", "平安", "东方", "和平", "新华", "长安", "光明", "前进", "向阳", "红旗",
        "解放", "大方", "通道", "江南", "江汉", "民和", "和安", "和康", "新城", "海城", "青山", "白云", "东山", "西山",
        "南山", "城关", "城中", "城东", "城西", "城北", "城南", "市中", "河东", "河西", "江北", "中山", "朝阳",
        "长治", "安康", "来宾", "白银", "白山", "阿里", "北海", "三明", "山南", "大理", "普洱", "永和", "安宁",
        "宁安", "永安", "新兴", "长寿", "富民", "惠民", "乐业", "安居", "兴业", "和顺", "资源", "安定", "南部",
        "中方", "新民", "清新", "大安", "大名", "四平", "东区", "西区", "新市", "龙华", "文明", "东兴", "太和",
        "正义", "和田", "团结", "胜利", "先锋", "红星", "东风", "建设", "新乐", "宜章", "开平", "保安", "安远",
        "华容", "永康", "宁远", "长顺", "德化", "德惠", "新化", "新会", "安化", "上城", "下城", "金水", "海港",
        "中原", "满城", "大城", "合作市", "东方市", "平安区", "长寿区", "安居区", "清新区", "安定区",
    };

    /// <summary>Official names too generic to stand alone (城区 of 大同, 阳泉 and 晋城; 郊区 of 铜陵).</summary>
    public static readonly HashSet<string> GenericNames = new(StringComparer.Ordinal)
    {
        "新城区", "老城区", "市中区", "城中区", "城东区", "城西区", "城北区", "城南区", "新市区", "东区", "西区",
        "中区", "南区", "北区",
    };

    /// <summary>
    /// Words after a name that show it is not the place (南海海域, 和平区域, 北京部队某团, 南京军区); 乌兰牧骑 is Inner Mongolia's
    /// touring art troupe, not 乌兰县 of 青海.
    /// </summary>
    public static readonly string[] NotPlaceFollowers = ["海域", "诸岛", "舰队", "海上", "域", "部队", "军区", "战区", "牧骑"];

    /// <summary>
    /// Set phrases of the genre that start with a county's short name: 兴文化 of the mission 举旗帜、聚民心、育新人、兴文化、展形象
    /// (兴文县 of 四川), printed on countless pages that are about some other place.
    /// </summary>
    public static readonly string[] PhrasesOverNames = ["兴文化"];

    /// <summary>
    /// How many characters may stand between a province and a county name inside a word that the province
    /// supports (陕西陕煤黄陵: two).
    /// </summary>
    public const int MaxProvinceGap = 4;

    /// <summary>Titles printed before an official's name (县委书记林江苏, 县长王立): a place name right after one and a surname is a given name.</summary>
    public static readonly string[] OfficialTitles =
        ["书记", "县长", "市长", "区长", "省长", "镇长", "乡长", "主任", "部长", "局长", "主席", "校长", "院长", "会长", "队长", "站长", "所长", "同志"];

    /// <summary>How long the town and village of a listed place may be (卢龙县潘庄镇西村、抚宁县).</summary>
    public const int MaxListedPlaceLength = 10;

    /// <summary>The word a civilization office's account starts with before its place's name (文明西青, 文明五莲).</summary>
    public const string CivilityBrand = "文明";

    /// <summary>Words a county's slogan puts before its name (建设和美荥阳, 打造幸福某某), besides <see cref="CivilityBrand"/>.</summary>
    public static readonly string[] SloganWords = ["和美", "美丽", "幸福", "魅力", CivilityBrand];

    /// <summary>Verbs a slogan follows (建设和美荥阳, 共建文明五莲).</summary>
    public static readonly string[] SloganVerbs = ["建设", "打造", "共建", "创建", "共创"];

    /// <summary>Words county and city news outlets put before their place's name (今日竹山网, 云上恩施, 掌上长沙).</summary>
    public static readonly string[] OutletBrands = ["今日", "云上", "掌上"];

    /// <summary>Words after an outlet's place name that show it is the outlet (今日竹山网消息, 云上恩施报道).</summary>
    public static readonly string[] OutletWords = ["网", "报道", "新闻", "消息", "讯", "客户端", "融媒"];

    /// <summary>Words after a place name that make it a news outlet's (海口网, 长沙晚报): the outlet's city need not be the story's.</summary>
    public static readonly string[] OutletNameEndings = ["网", "新闻网", "文明网", "日报", "晚报", "电视台", "广播电视台", "融媒体中心"];

    /// <summary>The last character of a local paper's name (某区报), an outlet's only where the name ends there (某区报2018-05-18).</summary>
    public const char Paper = '报';

    /// <summary>
    /// Words after a place name that make it a college's (曲阜师范大学, 烟台理工学院): its students' practice team goes out
    /// to villages elsewhere, so the college's city need not be the story's.
    /// </summary>
    public static readonly string[] CollegeNameEndings = ["大学", "学院", "师范", "理工", "职业技术", "医科", "科技大学", "农业大学", "工业大学", "财经"];

    /// <summary>
    /// Words after a place name that make it a branch's (某酒店定州店, 某银行桃江支行) or a stop's of a touring event (某巡回展演项城站):
    /// the branch or the stop is in that place.
    /// </summary>
    public static readonly string[] BranchWords = ["店", "分店", "支行", "分行", "分公司", "营业部", "站"];

    /// <summary>
    /// Characters after 街 that make a word of the streets of the place before it (北京街头, 海淀街面, 东城街巷, 某地街舞); after
    /// any other, a short name and 街 name a street office as 广东 prints it (东城街开展创文, 凤城街、东城街).
    /// </summary>
    public const string StreetCompounds = "头面巷区景市坊边上舞拍心灯角口道办乡镇";

    /// <summary>The word before the place people come from (来自莱阳的志愿者).</summary>
    public const string Origin = "来自";

    /// <summary>Characters that list places side by side (晋城、忻州, 晋城和忻州).</summary>
    public const string ListSeparators = "、和与及";

    /// <summary>Characters after which a short name can start a new phrase (在开福, 和长沙, 走进宝兴镇, 深入和平乡, 前往开福).</summary>
    public const string PhraseOpeners = "在于赴到至和与及对由是从向进入往";

    /// <summary>
    /// 来 of a visit (检查组来冠县验收) or of a time phrase (近年来沛县) opens a phrase too: a place's name starts no word with
    /// 来. After a verb of bringing (带来长寿, 迎来康乐) it is the verb's complement and the name a wish.
    /// </summary>
    public const char Lai = '来';

    public const string BringingVerbs = "带迎送换赢引招";

    /// <summary>
    /// The particle that ends the words before a county's name (群众的千阳某中学), unless a landform follows the name: 美丽的太湖河畔
    /// and 举办的华蓥山旅游节 name a lake and a mountain.
    /// </summary>
    public const char Particle = '的';

    /// <summary>
    /// Words after a county's short name that make it a natural region's (科尔沁草原, 科尔沁沙地): such a region spans many
    /// counties and is named after none of them.
    /// </summary>
    public static readonly string[] NaturalRegionWords = ["草原", "沙地"];

    /// <summary>
    /// Words after a province's name that make it an honour's (河北好人, 天津好人榜): the province's list names people of every
    /// county, and the story is where the one it is about lives. A city's or county's honour (怀化好人评选, 开福好人) is its own.
    /// </summary>
    public static readonly string[] ProvinceHonourWords = ["好人"];

    /// <summary>Characters after a name that make it a landform's (华蓥山, 太湖河畔, 某江, 某岛).</summary>
    public const string Landforms = "山湖河江海岛峡湾岭峰";

    /// <summary>
    /// Short county names that are everyday words (会同, 振兴, 芙蓉: generated from jieba's dictionary into
    /// everyday-words.txt) or other things (东海 and 南海 are seas, 上街 a verb, 古城 any old town: 生活在古城某市): they count
    /// only where context supports them, even when no other unit has the name.
    /// </summary>
    public static readonly HashSet<string> EverydayWords = LoadEverydayWords(
        "东海", "南海", "上街", "古城", "吉利", "江山", "兴隆", "无极", "沿河", "江口", "荷塘", "东坡", "黄埔", "花都", "金山");

    /// <summary>Words after an everyday-word name that make it a company's (中原银行, 东海证券).</summary>
    public static readonly string[] CompanyWords = ["银行", "集团", "证券", "保险", "控股", "股份", "公司"];

    /// <summary>Last characters of full unit names (湖南省, 安福县, 海西州, 阿拉善盟).</summary>
    public const string UnitSuffixes = "省市县区旗州盟";

    /// <summary>
    /// Words after a short name that make it a town's or village's name (东湖街道 of 罗湖区, not 东湖区; 凤城街办, as news
    /// shortens 街道办事处, of 清城区, not 凤城市).
    /// </summary>
    public static readonly string[] TownWords = ["街道", "街办", "镇", "乡", "社区"];

    /// <summary>
    /// Town words after which a short name starts a smaller place's name (锦屏街道南溪未来社区, 某镇长宁小区). 乡 is not one: it ends
    /// everyday words before a county's name (家乡南溪, 城乡).
    /// </summary>
    public static readonly string[] WordsBeforeTownPlaces = ["街道", "镇"];

    /// <summary>Words after a unit's name that rank something within it (株洲首个, 厦门市最大的, 全省唯一).</summary>
    public static readonly string[] RankingWords = ["首个", "首家", "首批", "首座", "第一个", "第一家", "最大", "最早", "唯一"];

    /// <summary>Characters after 乡 that make a word, not a township (长沙乡村, 海宁乡亲, 徐闻乡风文明).</summary>
    public const string NotTownAfterXiang = "村亲土愁贤音情镇风";

    /// <summary>
    /// Stems of unique 村 names that are everyday words (以及周围村的村民, 隔壁村, 清廉村居): such a village counts alone only
    /// where its county, city or province is in context, else after its town or unit.
    /// </summary>
    public static readonly HashSet<string> EverydayVillageStems = new(StringComparer.Ordinal)
    {
        "周围", "相信", "相当", "相对", "邻居", "同一", "隔壁", "对面", "城边", "近郊", "后进", "古老", "智慧", "清廉",
    };

    /// <summary>Characters after 村 that make a word, not a village (东庞村民, 张庄村落, 李村镇).</summary>
    public const string NotVillageAfterCun = "民落镇级庄寨";

    /// <summary>What may follow 县 in a compound that is not a county's name (提高县城, 县域, 县级, 县乡).</summary>
    public const string CountyCompounds = "城域级区乡委";

    /// <summary>Road words: a place name followed by one of them names a road inside another unit (绍兴路, 黄埔大道西).</summary>
    public static readonly string[] RoadWords = ["大道", "大街", "胡同", "路", "巷", "弄"];

    /// <summary>Characters after 路 that make a word which is not a road (路桥区, 路线, 路演).</summary>
    public const string NotRoadAfterLu = "桥线径演网费";

    /// <summary>Compass points and ordinals that may stand between a place name and its road word (中山东二路).</summary>
    public const string RoadInfixes = "东西南北中一二三四五六七八九十0123456789";

    private static HashSet<string> LoadEverydayWords(params string[] additions)
    {
        var words = new HashSet<string>(additions, StringComparer.Ordinal);
        foreach (var line in AdminGazetteer.ReadResource("Platform.Enrichment.everyday-words.txt").Split('\n'))
        {
            var word = line.Trim();
            if (word.Length > 0 && !word.StartsWith('#')) words.Add(word);
        }
        return words;
    }
}
