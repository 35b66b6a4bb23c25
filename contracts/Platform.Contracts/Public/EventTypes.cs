namespace Platform.Contracts.Public;

/// <summary>
/// The public event types: the CloudEvents <c>type</c> of every event on the exchange, the pull feed and webhooks, and
/// the first two words of its routing key (<see cref="RoutingKeys"/>).
/// </summary>
public static class EventTypes
{
    /// <summary>An article was published for the first time; the body is the article document.</summary>
    public const string ArticlePublished = "article.published";

    /// <summary>A published article changed (reprocessing); the body is the new document with a higher version.</summary>
    public const string ArticleUpdated = "article.updated";

    /// <summary>Every article of a bulletin is published; the body is its <see cref="BulletinSummary"/>.</summary>
    public const string BulletinPublished = "bulletin.published";

    /// <summary>A bulletin could not be parsed; the body is its <see cref="BulletinSummary"/> with the reject reason.</summary>
    public const string BulletinRejected = "bulletin.rejected";
}
