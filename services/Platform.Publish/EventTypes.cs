namespace Platform.Publish;

/// <summary>The public event types (CloudEvents <c>type</c> and routing-key prefix).</summary>
public static class EventTypes
{
    public const string ArticlePublished = "article.published";
    public const string ArticleUpdated = "article.updated";
    public const string BulletinPublished = "bulletin.published";
    public const string BulletinRejected = "bulletin.rejected";
}
