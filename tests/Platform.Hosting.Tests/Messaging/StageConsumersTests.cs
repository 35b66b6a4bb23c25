using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Messages;
using Platform.Hosting.Messaging;

namespace Platform.Hosting.Tests.Messaging;

public sealed class StageConsumersTests
{
    private sealed class Enriched : IConsumer<ArticleEnriched>
    {
        public Task Consume(ConsumeContext<ArticleEnriched> context) => Task.CompletedTask;
    }

    [Fact]
    public void A_stage_consumer_is_registered_on_the_endpoint_of_its_message_queue()
    {
        using var services = new ServiceCollection().AddMassTransit(bus => bus.AddStageConsumer<Enriched>()).BuildServiceProvider();

        var definition = services.GetRequiredService<IConsumerDefinition<Enriched>>();

        Assert.Equal(ConsumerQueues.PublishArticle, definition.GetEndpointName(KebabCaseEndpointNameFormatter.Instance));
    }
}
