using System.Text.RegularExpressions;
using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Enrichment.People;

/// <summary>
/// Named people: honorees listed after an honour (“中国好人”袁灿、汤国清), officials after their title
/// (团南海区委副书记刘琪), and bylined authors.
/// </summary>
public static partial class PersonExtractor
{
    [GeneratedRegex(@"\G(?:“(?<honour>[^”\n]{1,12}?(?:好人|模范|标兵|榜样|楷模|之星|劳模|人物))”|(?<=^|[，,、。；;\s])(?<honour>[\u4e00-\u9fff]{2,4}好人))(?<list>[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})*)")]
    private static partial Regex HonourList();

    [GeneratedRegex(@"(?:书记|主任|局长|部长|县长|市长|区长|省长|主席|队长|理事长|站长|所长|院长|校长|会长|经理|董事长|指挥长|负责人|主任委员|医生|教师|老师|志愿者|老党员|党员|民警|村民|居民|代表|获得者|退役军人|网格员|社工)(?<name>[\u4e00-\u9fff]{2,3})")]
    private static partial Regex TitledName();

    // Names listed at the start of a phrase and then honoured: 宋玉兰、许志强被评为…
    [GeneratedRegex(@"\G(?<=^|[，,。；;：:\s])(?<list>[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})+)(?=被评为|被授予|获评|荣获|获得|当选|入选)")]
    private static partial Regex HonouredList();

    // Words each list pattern cannot match without (its honour words; the verbs after an honoured list): a text
    // with none of them is not scanned, since most articles name no honour and both patterns try every Han character.
    // (A few vectorized searches for whole words beat one multi-word automaton over Chinese text.)
    private static readonly string[] HonourWords = ["好人", "模范", "标兵", "榜样", "楷模", "之星", "劳模", "人物"];

    private static readonly string[] HonouredVerbs = ["被评为", "被授予", "获评", "荣获", "获得", "当选", "入选"];

    // Both list patterns are anchored (\G) and tried only where they can begin: after their lookbehind's
    // separators, and (honours in quotes) at an opening quote.
    private static readonly PhraseStarts AfterHonourSeparator = new("，,、。；;");

    private static readonly PhraseStarts AfterHonouredSeparator = new("，,。；;：:");

    private const int MaxRoleLength = 24;

    // Characters that end a name in running text (刘琪就将…, 王心亮为…).
    private const string AfterName = "、，,。；;：:为在是和与从向到将把被等的就也说带荣获表示介绍指出强调每分坚义一出参作担现还已都\n “”";

    public static IReadOnlyList<PersonMention> Extract(string text, Byline? byline)
    {
        ArgumentNullException.ThrowIfNull(text);
        var people = new List<PersonMention>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string name, string? role, int offset)
        {
            if (ChineseNames.LooksLikeName(name) && seen.Add(name)) people.Add(new PersonMention(name, role, offset));
        }
        foreach (var author in byline?.Authors ?? [])
            Add(author, "author", -1);
        IEnumerable<Match> honours = ContainsAny(text, HonourWords) ? AnchoredPattern.Matches(HonourList(), text, HonourStart) : [];
        foreach (var m in honours)
        {
            var honour = m.Groups["honour"].Value;
            var offset = m.Groups["list"].Index;
            foreach (var item in m.Groups["list"].Value.Split('、'))
            {
                if (NameAt(text, offset, item.Length) is { } name) Add(name, honour, offset);
                offset += item.Length + 1;
            }
        }
        IEnumerable<Match> honoured = text.Contains('、', StringComparison.Ordinal) && ContainsAny(text, HonouredVerbs)
            ? AnchoredPattern.Matches(HonouredList(), text, AfterHonouredSeparator.Next)
            : [];
        foreach (var m in honoured)
        {
            var offset = m.Index;
            foreach (var item in m.Value.Split('、'))
            {
                Add(item, null, offset);
                offset += item.Length + 1;
            }
        }
        foreach (Match m in TitledName().Matches(text))
        {
            if (NameAt(text, m.Groups["name"].Index, 3) is not { } name) continue;
            // The role runs left from the title word back to punctuation (团南海区委副书记, …书记、理事长).
            var start = m.Index;
            while (start > 0 && m.Index - start < MaxRoleLength && (HanCharacters.IsHan(text[start - 1]) || text[start - 1] == '、')) start--;
            Add(name, text[start..m.Groups["name"].Index].TrimStart('、'), m.Groups["name"].Index);
        }
        return people;
    }

    // An honour list begins at an opening quote or after a separator.
    private static int HonourStart(string text, int from)
    {
        var quote = from < text.Length ? text.IndexOf('“', from) : -1;
        var phrase = AfterHonourSeparator.Next(text, from);
        return quote < 0 ? phrase : phrase < 0 ? quote : Math.Min(quote, phrase);
    }

    private static bool ContainsAny(string text, string[] words)
    {
        foreach (var word in words)
            if (text.Contains(word, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The name of at most <paramref name="maxLength"/> characters at <paramref name="start"/> that is followed by a boundary.</summary>
    private static string? NameAt(string text, int start, int maxLength)
    {
        for (var length = Math.Min(3, maxLength); length >= 2; length--)
        {
            var end = start + length;
            if (end > text.Length) continue;
            if (end < text.Length && !AfterName.Contains(text[end], StringComparison.Ordinal)) continue;
            if (length == 3 && AfterName.Contains(text[start + 2], StringComparison.Ordinal)) continue;
            return text.Substring(start, length);
        }
        return null;
    }
}
