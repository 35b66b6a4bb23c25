using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Platform.Hosting.Messaging;
using static Platform.Hosting.Tests.Messaging.ListedMessageConsumers;

namespace Platform.Hosting.Tests.Messaging;

/// <summary>Which queue a stage consumer reads: the one <see cref="ConsumerQueues"/> binds its message to, and nothing else.</summary>
public sealed class StageConsumerQueueTests
{
    public static TheoryData<Type, string> Endpoints => new()
    {
        { typeof(Received), ConsumerQueues.ParseBulletin },
        { typeof(Enriched), ConsumerQueues.PublishArticle },
        { typeof(Rejected), ConsumerQueues.PublishRejection },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public void A_stage_consumer_reads_the_queue_of_the_message_it_consumes(Type consumer, string queue) =>
        Assert.Equal(queue, ConsumerQueues.For(consumer).Name);

    [Theory]
    [InlineData(typeof(Unlisted))]
    [InlineData(typeof(ParsedAndEnriched))]
    public void A_consumer_of_no_listed_message_or_of_two_has_no_stage_queue(Type consumer) =>
        Assert.Contains(consumer.Name, Assert.Throws<InvalidOperationException>(() => ConsumerQueues.For(consumer)).Message, StringComparison.Ordinal);

    [Fact]
    public void A_stage_consumer_is_registered_on_the_endpoint_of_its_message_queue()
    {
        using var services = new ServiceCollection().AddMassTransit(bus => bus.AddStageConsumer<Enriched>()).BuildServiceProvider();

        var definition = services.GetRequiredService<IConsumerDefinition<Enriched>>();

        Assert.Equal(ConsumerQueues.PublishArticle, definition.GetEndpointName(KebabCaseEndpointNameFormatter.Instance));
    }
}
