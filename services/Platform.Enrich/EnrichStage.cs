using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Platform.Enrichment;
using Platform.Hosting;

namespace Platform.Enrich;

/// <summary>Registers the enrich stage: the enricher and the consumer of <c>ArticleParsed</c> (queue <c>enrich-article</c>).</summary>
public static class EnrichStage
{
    public static IServiceCollection AddEnrichStage(this IServiceCollection services)
    {
        services.AddSingleton(_ => ArticleEnricher.CreateDefault());
        services.AddSingleton(new StageRegistration("enrich", bus =>
            bus.AddConsumer<EnrichArticleConsumer>().Endpoint(e => e.Name = "enrich-article")));
        return services;
    }
}
