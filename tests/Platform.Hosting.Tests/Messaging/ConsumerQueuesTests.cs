using MassTransit;
using Platform.Contracts.Messages;
using Platform.Hosting.Messaging;

namespace Platform.Hosting.Tests.Messaging;

public sealed class ConsumerQueuesTests
{
    private sealed class Received : IConsumer<BulletinReceived>
    {
        public Task Consume(ConsumeContext<BulletinReceived> context) => Task.CompletedTask;
    }

    private sealed class Rejected : IConsumer<BulletinRejected>
    {
        public Task Consume(ConsumeContext<BulletinRejected> context) => Task.CompletedTask;
    }

    private sealed class Unlisted : IConsumer<string>
    {
        public Task Consume(ConsumeContext<string> context) => Task.CompletedTask;
    }

    private sealed class Both : IConsumer<ArticleParsed>, IConsumer<ArticleEnriched>
    {
        public Task Consume(ConsumeContext<ArticleParsed> context) => Task.CompletedTask;

        public Task Consume(ConsumeContext<ArticleEnriched> context) => Task.CompletedTask;
    }

    public static TheoryData<Type, string> Endpoints => new()
    {
        { typeof(Received), ConsumerQueues.ParseBulletin },
        { typeof(Rejected), ConsumerQueues.PublishRejection },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public void A_stage_consumer_reads_the_queue_of_the_message_it_consumes(Type consumer, string queue) =>
        Assert.Equal(queue, ConsumerQueues.For(consumer).Name);

    [Theory]
    [InlineData(typeof(Unlisted))]
    [InlineData(typeof(Both))]
    public void A_consumer_of_no_listed_message_or_of_two_has_no_stage_queue(Type consumer) =>
        Assert.Contains(consumer.Name, Assert.Throws<InvalidOperationException>(() => ConsumerQueues.For(consumer)).Message, StringComparison.Ordinal);
}
