using MassTransit;
using Platform.Hosting.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Platform.Enrichment;

namespace Platform.Enrich;

/// <summary>Registers the enrich stage: the enricher and the consumers of <c>BulletinParsed</c> (queue <see cref="ConsumerQueues.EnrichBulletin"/>) and <c>ArticleParsed</c> (queue <see cref="ConsumerQueues.EnrichArticle"/>).</summary>
public static class EnrichStage
{
    public static IBusRegistrationConfigurator AddEnrichStage(this IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.AddSingleton(_ => ArticleEnricher.CreateDefault());
        bus.AddSingleton<ArticleEnrichmentWrite>();
        bus.AddStageConsumer<EnrichBulletinConsumer>();
        bus.AddStageConsumer<EnrichArticleConsumer>();
        return bus;
    }
}
