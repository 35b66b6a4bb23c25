using System.Globalization;
using System.Text;
using Platform.Cli.Load;
using Platform.Enrichment;

namespace Platform.Cli.Tests.Load;

public sealed class BulletinGeneratorTests
{
    private static readonly IReadOnlyList<string> Seeds = LoadCorpus.Seeds();

    [Fact]
    public void The_built_in_corpus_is_the_five_seeds()
    {
        Assert.Equal(5, Seeds.Count);
        Assert.All(Seeds, text => Assert.True(text.Length > 2000));
    }

    [Fact]
    public void The_same_seed_makes_the_same_bulletins_and_another_seed_others()
    {
        var a = Take(new BulletinGenerator(Seeds, 11), 5);
        var b = Take(new BulletinGenerator(Seeds, 11), 5);
        var c = Take(new BulletinGenerator(Seeds, 12), 5);
        Assert.Equal(a, b);
        Assert.Empty(a.Intersect(c));
        Assert.Equal(5, a.Distinct().Count());
    }

    [Fact]
    public void Generated_bulletins_parse_into_articles_none_of_which_is_a_near_duplicate_of_another_bulletins()
    {
        var articles = Fingerprints(new BulletinGenerator(Seeds, 5), 60);
        Assert.True(articles.Select(a => a.Bulletin).Distinct().Count() == 60, "every bulletin yields articles");
        var near = NearDuplicatePairs(articles).ToList();
        Assert.True(near.Count == 0, "near-duplicates: " + string.Join(", ", near));
    }

    [Fact]
    public void Near_duplicates_are_made_when_asked()
    {
        var articles = Fingerprints(new BulletinGenerator(Seeds, 5, nearDuplicateShare: 1), 10);
        Assert.NotEmpty(NearDuplicatePairs(articles));
    }

    [Fact]
    public void A_corpus_without_body_paragraphs_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new BulletinGenerator(["标题\n\n作者"], 1));
    }

    private static List<string> Take(BulletinGenerator generator, int n) => Enumerable.Range(0, n).Select(_ => generator.Next()).ToList();

    private static List<(int Bulletin, string Id, ulong Fingerprint)> Fingerprints(BulletinGenerator generator, int bulletins)
    {
        var processor = new BulletinProcessor();
        var list = new List<(int, string, ulong)>();
        for (var i = 0; i < bulletins; i++)
        {
            var processed = processor.Process(Encoding.UTF8.GetBytes(generator.Next()), "text/plain", null);
            // The enrich stage only looks for near-duplicates of articles of 80 characters or more.
            foreach (var article in processed.Articles.Where(a => a.Text.Length >= 80))
            {
                list.Add((i, article.Id, ulong.Parse(article.Enrichment!.Fingerprint, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            }
        }
        return list;
    }

    private static IEnumerable<string> NearDuplicatePairs(List<(int Bulletin, string Id, ulong Fingerprint)> articles) =>
        from a in articles
        from b in articles
        where a.Bulletin < b.Bulletin && SimHash.Distance(a.Fingerprint, b.Fingerprint) <= SimHash.NearDuplicateDistance
        select $"{a.Id}~{b.Id}";
}
