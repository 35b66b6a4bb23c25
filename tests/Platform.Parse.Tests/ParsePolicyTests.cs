using Platform.Contracts.Documents;
using Platform.Contracts.Messages;
using Platform.Parsing;

namespace Platform.Parse.Tests;

public sealed class ParsePolicyTests
{
    private static readonly ParseResult Result = Seeds.Parse("002");

    private static Dictionary<string, Article> Stored(IEnumerable<Article> articles) => articles.ToDictionary(a => a.Id, StringComparer.Ordinal);

    [Fact]
    public void A_bulletin_without_articles_is_kept_rejected_with_the_reason_and_announced_as_rejected()
    {
        var result = new BulletinParser().Parse("12345 67890", new ParseContext("0123456789abcdef", "tests", new string('a', 64), DateTimeOffset.UnixEpoch));
        var decision = ParsePolicy.Decide(result, null, new Dictionary<string, Article>());
        Assert.Equal(PipelineStatus.Rejected, decision.Bulletin.Status);
        Assert.False(string.IsNullOrWhiteSpace(decision.RejectReason));
        Assert.Equal(decision.RejectReason, decision.Bulletin.RejectReason);
        Assert.Empty(decision.ChangedArticles);
        Assert.Equal(new BulletinRejected(decision.Bulletin.Id, decision.RejectReason!), Assert.Single(decision.Messages));
    }

    [Fact]
    public void A_first_parse_writes_every_article_and_announces_the_bulletin_once()
    {
        var decision = ParsePolicy.Decide(Result, null, new Dictionary<string, Article>());
        Assert.Null(decision.RejectReason);
        Assert.Equal(PipelineStatus.Parsed, decision.Bulletin.Status);
        Assert.Equal(Result.Articles.Select(a => a.Id), decision.ChangedArticles.Select(a => a.Id));
        Assert.Equal(new BulletinParsed(Result.Bulletin.Id, Result.Articles.Count, BulletinParser.Version), Assert.Single(decision.Messages));
    }

    [Fact]
    public void An_unchanged_parse_writes_no_article_but_still_announces_the_bulletin()
    {
        // Stored copies have moved on (enriched, published, new version): the parse is the same, so nothing is rewritten.
        var stored = Stored(Result.Articles.Select(a => a with { Status = PipelineStatus.Published, Version = 3, EnrichmentVersion = "x" }));
        var decision = ParsePolicy.Decide(Result, null, stored);
        Assert.Empty(decision.ChangedArticles);
        Assert.IsType<BulletinParsed>(Assert.Single(decision.Messages));
    }

    [Fact]
    public void Only_articles_whose_parse_changed_are_written()
    {
        var stored = Stored(Result.Articles);
        var first = Result.Articles[0];
        stored[first.Id] = first with { Title = "旧标题" };
        var decision = ParsePolicy.Decide(Result, null, stored);
        Assert.Equal(first.Id, Assert.Single(decision.ChangedArticles).Id);
    }

    public static TheoryData<string, PipelineStatus, bool, PipelineStatus> BulletinStatus => new()
    {
        { "published, same articles: stays published", PipelineStatus.Published, true, PipelineStatus.Published },
        { "published, other articles: parsed again", PipelineStatus.Published, false, PipelineStatus.Parsed },
        { "enriched, same articles: parsed", PipelineStatus.Enriched, true, PipelineStatus.Parsed },
    };

    [Theory]
    [MemberData(nameof(BulletinStatus))]
    public void A_published_bulletin_stays_published_only_when_its_articles_are_the_same(string label, PipelineStatus before, bool sameArticles, PipelineStatus after)
    {
        var existing = Result.Bulletin with { Status = before, ArticleIds = sameArticles ? Result.Bulletin.ArticleIds : [.. Result.Bulletin.ArticleIds.Skip(1)] };
        Assert.True(after == ParsePolicy.Decide(Result, existing, Stored(Result.Articles)).Bulletin.Status, label);
    }
}
