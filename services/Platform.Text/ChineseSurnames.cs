namespace Platform.Text;

/// <summary>Common Chinese surnames, single and compound: the evidence that a short token is a personal name.</summary>
public static class ChineseSurnames
{
    private const string Single =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝计巨扎才索次格旦洛德傅洪冀郁鞠璩揭练";

    private static readonly HashSet<char> SingleSet = [.. Single];

    /// <summary>Two-character surnames; a name that starts with one has at least three characters.</summary>
    public static IReadOnlyList<string> Compound { get; } = ["欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫", "令狐", "慕容", "尉迟"];

    public static bool IsSurname(char c) => SingleSet.Contains(c);

    /// <summary>Length of the surname that starts <paramref name="token"/>: 2 for a compound surname, 1, or 0 for none.</summary>
    public static int SurnameLength(ReadOnlySpan<char> token)
    {
        foreach (var compound in Compound)
            if (token.StartsWith(compound, StringComparison.Ordinal)) return 2;
        return token.Length > 0 && SingleSet.Contains(token[0]) ? 1 : 0;
    }
}
