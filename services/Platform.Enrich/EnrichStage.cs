using MassTransit;
using Platform.Hosting.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Platform.Enrichment;

namespace Platform.Enrich;

/// <summary>Registers the enrich stage: the enricher and the consumer of <c>ArticleParsed</c> (queue <see cref="Queue"/>).</summary>
public static class EnrichStage
{
    public const string Queue = ConsumerQueues.EnrichArticle;

    public static IBusRegistrationConfigurator AddEnrichStage(this IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.AddSingleton(_ => ArticleEnricher.CreateDefault());
        bus.AddConsumer<EnrichArticleConsumer, EnrichArticleConsumerDefinition>();
        return bus;
    }
}
