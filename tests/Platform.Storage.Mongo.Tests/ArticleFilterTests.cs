namespace Platform.Storage.Mongo.Tests;

public sealed class ArticleFilterTests
{
    [Theory]
    [InlineData("43", "43")]
    [InlineData("4.3", "4\\.3")]
    [InlineData("a+b(c)", "a\\+b\\(c\\)")]
    [InlineData("^$|", "\\^\\$\\|")]
    [InlineData("战疫", "战疫")]
    [InlineData("a\0b", "a\\x00b")] // a BSON regex is a C string: NUL must be written as an escape
    public void User_text_matches_literally(string text, string pattern) =>
        Assert.Equal(pattern, ArticleFilter.EscapeRegex(text));

    [Fact]
    public void Kind_and_status_filter_by_their_stored_names()
    {
        var filter = ArticleFilter.Build(new ArticleQuery(Kind: Contracts.Documents.ArticleKind.Notice, Status: Contracts.Documents.PipelineStatus.Published));
        Assert.Equal("notice", filter["kind"].AsString);
        Assert.Equal("published", filter["status"].AsString);
    }
}
