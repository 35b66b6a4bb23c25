using Platform.Contracts.Documents;
using Platform.Enrichment;
using Platform.Storage;

namespace Platform.Enrich.Tests;

public sealed class EnrichPolicyTests
{
    private static readonly Article Parsed = Seeds.Parse("002", "0123456789abcdef").Articles[0];
    private static readonly EnrichmentResult Result = ArticleEnricher.CreateDefault().Enrich(Parsed, new EnrichmentContext(Seeds.Parse("002", "0123456789abcdef").Bulletin));

    public static TheoryData<string, Func<Article, Article>, bool> Cases => new()
    {
        { "never enriched", a => a, true },
        { "enriched by this version", a => EnrichPolicy.Enriched(a, Result, null), false },
        { "published by this version", a => EnrichPolicy.Enriched(a, Result, null) with { Status = PipelineStatus.Published }, false },
        // The enricher version is what makes a reprocess enrich again.
        { "enriched by another version", a => EnrichPolicy.Enriched(a, Result, null) with { EnrichmentVersion = "0.9.0" }, true },
        { "reset by a new parse", a => EnrichPolicy.Enriched(a, Result, null) with { Status = PipelineStatus.Parsed }, true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Enriches_unless_this_version_already_did(string label, Func<Article, Article> state, bool expected) =>
        Assert.True(expected == EnrichPolicy.NeedsEnrichment(state(Parsed)), label);

    [Fact]
    public void Enriched_keeps_warnings_of_both_stages_once_and_records_the_duplicate()
    {
        var article = Parsed with { Warnings = ["w1"] };
        var enriched = EnrichPolicy.Enriched(article, Result with { Warnings = ["w1", "w2"] }, "other-01");
        Assert.Equal(["w1", "w2"], enriched.Warnings);
        Assert.Equal(PipelineStatus.Enriched, enriched.Status);
        Assert.Equal(ArticleEnricher.Version, enriched.EnrichmentVersion);
        Assert.Equal("other-01", enriched.Enrichment!.DuplicateOf);
    }

    [Fact]
    public void Short_texts_are_not_probed_for_duplicates()
    {
        Assert.Null(EnrichPolicy.DuplicateProbe(Parsed with { Text = new string('文', EnrichPolicy.MinDuplicateTextLength - 1) }, "00000000000000ff"));
        Assert.Equal(0xffUL, EnrichPolicy.DuplicateProbe(Parsed with { Text = new string('文', EnrichPolicy.MinDuplicateTextLength) }, "00000000000000ff"));
        Assert.Null(EnrichPolicy.DuplicateProbe(Parsed with { Text = new string('文', 100) }, "not hex"));
    }

    [Fact]
    public void The_near_duplicate_is_the_lowest_id_within_the_distance()
    {
        const ulong probe = 0b1111_0000;
        var candidates = new[]
        {
            new FingerprintMatch("c-02", probe ^ 0b111),          // distance 3: near
            new FingerprintMatch("b-09", probe ^ 0b1),            // distance 1: near, lower id
            new FingerprintMatch("a-01", probe ^ 0b1111_0000_1111), // distance 8: not near
        };
        Assert.Equal("b-09", EnrichPolicy.NearDuplicate(probe, candidates));
        Assert.Null(EnrichPolicy.NearDuplicate(probe, [candidates[2]]));
    }
}
