using Platform.Contracts.Documents;

namespace Platform.Publish;

/// <summary>The publish stage's decisions, apart from loading and storing: skip overtaken messages, mark published once, publish a complete bulletin.</summary>
public static class PublishPolicy
{
    /// <summary>A newer parse reset the article after this message was sent; that parse's own ArticleEnriched follows.</summary>
    public static bool IsOvertaken(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Status == PipelineStatus.Parsed;
    }

    /// <summary>The article marked published, or null when it already is (a redelivery writes nothing).</summary>
    public static Article? ToPublish(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Status == PipelineStatus.Published ? null : article with { Status = PipelineStatus.Published };
    }

    /// <summary>True when every article of <paramref name="bulletin"/> is among <paramref name="publishedIds"/>, all of them, however many.</summary>
    public static bool IsComplete(Bulletin bulletin, IReadOnlySet<string> publishedIds)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        ArgumentNullException.ThrowIfNull(publishedIds);
        return bulletin.Status != PipelineStatus.Rejected && bulletin.ArticleIds.All(publishedIds.Contains);
    }
}
