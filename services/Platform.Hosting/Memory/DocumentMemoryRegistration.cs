using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Hosting.Configuration;

namespace Platform.Hosting.Memory;

/// <summary>Registers the process's one <see cref="DocumentMemoryBudget"/> and its settings; every stage that holds whole documents calls it.</summary>
public static class DocumentMemoryRegistration
{
    public static IServiceCollection AddDocumentMemoryBudget(this IServiceCollection services)
    {
        services.AddSettings<DocumentMemoryOptions, DocumentMemoryOptionsValidator>();
        services.TryAddSingleton<DocumentMemoryBudget>();
        return services;
    }
}
