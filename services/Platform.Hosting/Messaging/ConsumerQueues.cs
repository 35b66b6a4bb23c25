using MassTransit;
using Platform.Contracts.Messages;

namespace Platform.Hosting.Messaging;

/// <summary>
/// Which queue consumes each internal message. Every process declares these queues and their bindings when its bus
/// starts, whatever stages it runs, so a message published before its consumer ever started (a first deploy, all
/// services starting at once) waits in its queue instead of being dropped as unroutable. The stage modules name
/// their endpoints from here, and so do the KEDA triggers of the deployments.
/// </summary>
public static class ConsumerQueues
{
    public const string ParseBulletin = "parse-bulletin";
    public const string EnrichBulletin = "enrich-bulletin";
    public const string EnrichArticle = "enrich-article";
    public const string PublishBulletin = "publish-bulletin";
    public const string PublishArticle = "publish-article";
    public const string PublishRejection = "publish-rejection";

    public static IReadOnlyList<ConsumerQueue> All { get; } =
    [
        new(typeof(BulletinReceived), ParseBulletin),
        new(typeof(BulletinParsed), EnrichBulletin),
        new(typeof(ArticleParsed), EnrichArticle),
        new(typeof(BulletinEnriched), PublishBulletin),
        new(typeof(ArticleEnriched), PublishArticle),
        new(typeof(BulletinRejected), PublishRejection),
    ];

    /// <summary>
    /// The queue of the one listed message <paramref name="consumer"/> consumes: a stage consumer reads the queue its
    /// message is bound to, so its endpoint follows from this table and cannot disagree with it.
    /// </summary>
    /// <exception cref="InvalidOperationException">It consumes none of the listed messages, or more than one.</exception>
    public static ConsumerQueue For(Type consumer)
    {
        ArgumentNullException.ThrowIfNull(consumer);
        var consumed = consumer.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>))
            .Select(i => i.GetGenericArguments()[0])
            .ToHashSet();
        var queues = All.Where(q => consumed.Contains(q.Message)).ToList();
        return queues.Count == 1
            ? queues[0]
            : throw new InvalidOperationException(
                $"{consumer.Name} consumes {queues.Count} of the messages that have a consumer queue ({string.Join(", ", All.Select(q => q.Message.Name))}); a stage consumer consumes exactly one.");
    }

    /// <summary>The consumer queue named <paramref name="name"/> or its error queue (<c>parse-bulletin_error</c>), or null.</summary>
    public static ConsumerQueue? Find(string name) =>
        All.FirstOrDefault(q => string.Equals(q.Name, name, StringComparison.Ordinal) || string.Equals(q.ErrorQueue, name, StringComparison.Ordinal));
}
