namespace Platform.OperatorConsole.Map;

/// <summary>
/// The 34 province-level units of China on an 8 × 8 grid that keeps each one beside its real neighbours
/// (a tile map: equal squares, so small provinces stay clickable). Written for this project.
/// </summary>
public static class ProvinceTiles
{
    public const int Rows = 8;
    public const int Columns = 8;

    public static IReadOnlyList<ProvinceTile> All { get; } =
    [
        new("23", "黑", "黑龙江省", 0, 7),
        new("15", "蒙", "内蒙古自治区", 1, 4),
        new("11", "京", "北京市", 1, 5),
        new("22", "吉", "吉林省", 1, 7),
        new("65", "新", "新疆维吾尔自治区", 2, 0),
        new("64", "宁", "宁夏回族自治区", 2, 3),
        new("14", "晋", "山西省", 2, 4),
        new("13", "冀", "河北省", 2, 5),
        new("12", "津", "天津市", 2, 6),
        new("21", "辽", "辽宁省", 2, 7),
        new("63", "青", "青海省", 3, 1),
        new("62", "甘", "甘肃省", 3, 2),
        new("61", "陕", "陕西省", 3, 3),
        new("41", "豫", "河南省", 3, 4),
        new("37", "鲁", "山东省", 3, 5),
        new("54", "藏", "西藏自治区", 4, 0),
        new("51", "川", "四川省", 4, 2),
        new("50", "渝", "重庆市", 4, 3),
        new("42", "鄂", "湖北省", 4, 4),
        new("34", "皖", "安徽省", 4, 5),
        new("32", "苏", "江苏省", 4, 6),
        new("52", "黔", "贵州省", 5, 2),
        new("43", "湘", "湖南省", 5, 3),
        new("36", "赣", "江西省", 5, 4),
        new("33", "浙", "浙江省", 5, 5),
        new("31", "沪", "上海市", 5, 6),
        new("53", "滇", "云南省", 6, 2),
        new("45", "桂", "广西壮族自治区", 6, 3),
        new("44", "粤", "广东省", 6, 4),
        new("35", "闽", "福建省", 6, 5),
        new("71", "台", "台湾省", 6, 6),
        new("46", "琼", "海南省", 7, 3),
        new("82", "澳", "澳门特别行政区", 7, 4),
        new("81", "港", "香港特别行政区", 7, 5),
    ];

    public static ProvinceTile? Find(string? code) => code is { Length: >= 2 } ? All.FirstOrDefault(t => t.Code == code[..2]) : null;
}
