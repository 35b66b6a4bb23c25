using MassTransit;
using Platform.Hosting.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Platform.Enrichment;

namespace Platform.Enrich;

/// <summary>Registers the enrich stage: the enricher and the consumer of <c>ArticleParsed</c> (queue <see cref="ConsumerQueues.EnrichArticle"/>).</summary>
public static class EnrichStage
{
    public static IBusRegistrationConfigurator AddEnrichStage(this IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.AddSingleton(_ => ArticleEnricher.CreateDefault());
        bus.AddStageConsumer<EnrichArticleConsumer>();
        return bus;
    }
}
