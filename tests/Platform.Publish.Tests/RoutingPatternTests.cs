using Platform.Publish.Webhooks;

namespace Platform.Publish.Tests;

public sealed class RoutingPatternTests
{
    [Theory]
    [InlineData("#", "bulletin.published", true)]
    [InlineData("article.published.43.#", "article.published.43.ecology", true)]
    [InlineData("article.published.43.#", "article.published.43", true)]
    [InlineData("article.published.43.#", "article.published.430.x", false)]
    [InlineData("article.*.*.ecology", "article.updated.11.ecology", true)]
    [InlineData("article.*.ecology", "article.updated.11.ecology", false)]
    [InlineData("*.published", "bulletin.published", true)]
    [InlineData("#.ecology", "article.published.43.ecology", true)]
    [InlineData("bulletin.published", "bulletin.published.x", false)]
    public void Matches_like_an_amqp_topic_binding(string pattern, string key, bool expected) =>
        Assert.Equal(expected, RoutingPattern.Matches(pattern, key));
}
