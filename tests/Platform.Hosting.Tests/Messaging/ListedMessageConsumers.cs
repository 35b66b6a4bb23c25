using MassTransit;
using Platform.Contracts.Messages;

namespace Platform.Hosting.Tests.Messaging;

/// <summary>Consumers that do nothing, told apart only by what they consume: the queue tables see nothing else.</summary>
internal static class ListedMessageConsumers
{
    public sealed class Received : IConsumer<BulletinReceived>
    {
        public Task Consume(ConsumeContext<BulletinReceived> context) => Task.CompletedTask;
    }

    public sealed class Enriched : IConsumer<ArticleEnriched>
    {
        public Task Consume(ConsumeContext<ArticleEnriched> context) => Task.CompletedTask;
    }

    public sealed class Rejected : IConsumer<BulletinRejected>
    {
        public Task Consume(ConsumeContext<BulletinRejected> context) => Task.CompletedTask;
    }

    /// <summary>Consumes a message no consumer queue is bound to.</summary>
    public sealed class Unlisted : IConsumer<string>
    {
        public Task Consume(ConsumeContext<string> context) => Task.CompletedTask;
    }

    /// <summary>Consumes two messages that each have their own queue.</summary>
    public sealed class ParsedAndEnriched : IConsumer<ArticleParsed>, IConsumer<ArticleEnriched>
    {
        public Task Consume(ConsumeContext<ArticleParsed> context) => Task.CompletedTask;

        public Task Consume(ConsumeContext<ArticleEnriched> context) => Task.CompletedTask;
    }
}
