namespace Platform.Publish.Tests;

public sealed class PublishPolicyTests
{
    internal static Bulletin StoredBulletin(int articles, PipelineStatus status = PipelineStatus.Parsed, string id = "b") =>
        new(id, "s", "", null, null, [], null, [.. Enumerable.Range(1, articles).Select(i => Article.MakeId(id, i))], status, null,
            DateTimeOffset.UnixEpoch, "p", [], [], 1);

    [Theory]
    [InlineData(3, 3, true)]
    [InlineData(3, 2, false)]
    [InlineData(501, 501, true)]
    [InlineData(1200, 1199, false)]
    [InlineData(0, 0, true)]
    public void A_bulletin_is_complete_when_every_article_is_published_however_many(int articles, int published, bool complete)
    {
        var ids = Enumerable.Range(1, published).Select(i => Article.MakeId("b", i)).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(complete, PublishPolicy.IsComplete(StoredBulletin(articles), ids));
    }

    [Fact]
    public void A_rejected_bulletin_is_never_complete() =>
        Assert.False(PublishPolicy.IsComplete(StoredBulletin(0, PipelineStatus.Rejected), new HashSet<string>()));

    [Theory]
    [InlineData(PipelineStatus.Parsed, true)]
    [InlineData(PipelineStatus.Enriched, false)]
    [InlineData(PipelineStatus.Published, false)]
    public void Only_a_reparsed_article_overtakes_its_message(PipelineStatus status, bool overtaken) =>
        Assert.Equal(overtaken, PublishPolicy.IsOvertaken(StoredArticle(status)));

    [Fact]
    public void An_article_is_marked_published_once()
    {
        Assert.Equal(PipelineStatus.Published, PublishPolicy.ToPublish(StoredArticle(PipelineStatus.Enriched))!.Status);
        Assert.Null(PublishPolicy.ToPublish(StoredArticle(PipelineStatus.Published)));
    }

    internal static Article StoredArticle(PipelineStatus status, string id = "b-01", string bulletinId = "b") =>
        new(id, bulletinId, 1, ArticleKind.Article, null, "t", null, null, Byline.None, [], ["p"], "p", [], null,
            status, 1, "p", null, []);
}
