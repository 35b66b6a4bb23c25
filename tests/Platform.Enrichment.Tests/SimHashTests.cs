namespace Platform.Enrichment.Tests;

public sealed class SimHashTests
{
    private const string Story = "本报讯(胡文)在全民战役的关键时刻,湖南长沙开福区各级身边好人纷纷发挥示范带头作用,奋战在防疫一线。" +
        "“中国好人”袁灿、汤国清,“湖南好人”吴立群、傅佳,“长沙好人”陈卓钰、程蓉,“开福好人”谢敏、范理玲、屈刚、何志华、蒋灵虎等," +
        "这些好人有的是街道工委委员,有的是社区书记,有的是环卫所职工,有的是交警,有的是城管队员……虽然身份不同,但是在疫情发生时," +
        "他们都奋战在一线,登记排查人员,核实返长人员情况,走街入户宣传疫情防控知识,建立疫情排查台账、开展买菜送菜志愿服务。" +
        "特别是复工以来,为了解决企业复工中的难点问题,他们主动与辖区的企业对接,了解企业需求,指导企业和门店复工复产。";

    public static TheoryData<string> NearCopies => new()
    {
        Story.Replace(",", ", ", StringComparison.Ordinal),
        Story.Replace("。", "。\n\n", StringComparison.Ordinal),
        Story.Replace(",", ",", StringComparison.Ordinal),
        Story.Replace("纷纷", "", StringComparison.Ordinal),
        Story.Replace("本报讯(胡文)", "", StringComparison.Ordinal),
        Story + "(责任编辑:王)",
    };

    [Theory]
    [MemberData(nameof(NearCopies))]
    public void Near_copies_are_within_the_duplicate_distance(string copy)
    {
        Assert.InRange(SimHash.Distance(SimHash.Compute(Story), SimHash.Compute(copy)), 0, SimHash.NearDuplicateDistance);
    }

    [Fact]
    public void Unrelated_seed_articles_are_far_apart()
    {
        var articles = SeedCorpus.FirstParagraphs;
        for (var i = 0; i < articles.Count; i++)
            for (var j = i + 1; j < articles.Count; j++)
                Assert.True(SimHash.Distance(SimHash.Compute(articles[i]), SimHash.Compute(articles[j])) > SimHash.NearDuplicateDistance * 2,
                    $"{i} and {j} look alike");
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    public void Text_too_short_for_features_hashes_to_zero(string text)
    {
        Assert.Equal(0UL, SimHash.Compute(text));
    }

    public static TheoryData<string, string> Pairs => new()
    {
        { "", "" },
        { "ab", "c" },
        { "标题", Story },
        { "全角，标点：（一）", "ＡＢＣ１２３　空格" },
        { "省略……号", "e\u0301 and é, ﬁ ligature, ① circled, ㈱, ｶﾀｶﾅ" },
        { "cafe", "\u0301 composes across the join" },
        { "\t\n", " \u3000 \u00a0x" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Two_part_fingerprint_is_the_fingerprint_of_the_joined_text(string first, string second)
    {
        Assert.Equal(Reference(first + second), SimHash.Compute(first, second));
        Assert.Equal(Reference(first + second), SimHash.Compute(first + second));
    }

    [Fact]
    public void Streaming_normalization_matches_whole_text_normalization_on_the_seeds()
    {
        foreach (var paragraph in SeedCorpus.FirstParagraphs)
            Assert.Equal(Reference(paragraph), SimHash.Compute(paragraph));
    }

    // The definition: NFKC, whitespace removed, one ±1 vote per bit per character trigram.
    private static ulong Reference(string text)
    {
        var normalized = text.Normalize(System.Text.NormalizationForm.FormKC);
        var chars = string.Concat(normalized.Where(c => !char.IsWhiteSpace(c)));
        var weights = new int[64];
        var features = 0;
        for (var i = 0; i + 2 < chars.Length; i++, features++)
        {
            var h = 14695981039346656037UL;
            h = (h ^ chars[i]) * 1099511628211UL;
            h = (h ^ chars[i + 1]) * 1099511628211UL;
            h = (h ^ chars[i + 2]) * 1099511628211UL;
            h ^= h >> 33; h *= 0xff51afd7ed558ccdUL; h ^= h >> 33; h *= 0xc4ceb9fe1a85ec53UL; h ^= h >> 33;
            for (var b = 0; b < 64; b++) weights[b] += (int)((h >> b) & 1) * 2 - 1;
        }
        if (features == 0) return 0;
        ulong result = 0;
        for (var b = 0; b < 64; b++) if (weights[b] > 0) result |= 1UL << b;
        return result;
    }
}
