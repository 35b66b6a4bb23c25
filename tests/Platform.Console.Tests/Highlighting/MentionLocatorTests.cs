using Platform.Contracts.Documents;
using Platform.OperatorConsole.Highlighting;
using EnrichmentDocument = Platform.Contracts.Documents.Enrichment;

namespace Platform.Console.Tests.Highlighting;

public sealed class MentionLocatorTests
{
    private static readonly Region Haidian = new("110108", "county", "海淀区", "北京市", null, "海淀区");

    private static EnrichmentDocument EnrichmentOf(params (string Text, MentionKind Kind)[] mentions) => new(
        new Regions(Haidian, mentions.Where(m => m.Kind == MentionKind.Place).Select(m => new RegionMention(Haidian, m.Text, 1, 0)).ToList()),
        mentions.Where(m => m.Kind == MentionKind.Date).Select(m => new DateMention(m.Text, null, "day", false, 0)).ToList(),
        [],
        mentions.Where(m => m.Kind == MentionKind.Person).Select(m => new PersonMention(m.Text, null, 0)).ToList(),
        mentions.Where(m => m.Kind == MentionKind.Org).Select(m => new OrganizationMention(m.Text, 1, 0)).ToList(),
        mentions.Where(m => m.Kind == MentionKind.Figure).Select(m => new Figure(m.Text, 1, null, null, null, 0)).ToList(),
        [], "0000000000000000", null, null);

    [Fact]
    public void Every_occurrence_of_every_mention_is_located_with_its_kind()
    {
        const string text = "1月29日,海淀区文明办组织2600余名志愿者。海淀区张三参加。";
        var ranges = MentionLocator.Locate(text, EnrichmentOf(
            ("海淀区", MentionKind.Place), ("1月29日", MentionKind.Date), ("2600余名志愿者", MentionKind.Figure),
            ("张三", MentionKind.Person), ("海淀区文明办", MentionKind.Org)));

        string At(HighlightRange<MentionKind> r) => text.Substring(r.Offset, r.Length);
        Assert.Equal(2, ranges.Count(r => r.Tag == MentionKind.Place && At(r) == "海淀区"));
        Assert.Contains(ranges, r => r.Tag == MentionKind.Date && At(r) == "1月29日");
        Assert.Contains(ranges, r => r.Tag == MentionKind.Figure && At(r) == "2600余名志愿者");
        Assert.Contains(ranges, r => r.Tag == MentionKind.Person && At(r) == "张三");
        Assert.Contains(ranges, r => r.Tag == MentionKind.Org && At(r) == "海淀区文明办");
    }

    [Fact]
    public void An_article_not_yet_enriched_has_no_mentions() =>
        Assert.Empty(MentionLocator.Locate("海淀区", null));
}
