using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Hosting.Configuration;
using Platform.Storage;
using Platform.Storage.Sqlite;

namespace Platform.Hosting;

/// <summary>Chooses the store adapter from <c>Platform:Store</c> when the store is first needed, after the settings were validated.</summary>
public static class StoreRegistration
{
    public static IServiceCollection AddPlatformStore(this IServiceCollection services)
    {
        services.AddSettings<StoreOptions, StoreOptionsValidator>();
        services.AddSingleton<IDocumentStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StoreOptions>>().Value;
            return options.Kind switch
            {
                StoreKind.Sqlite => new SqliteDocumentStore(options.SqlitePath, sp.GetService<TimeProvider>()),
                StoreKind.MongoDb => MongoStoreFactory.Create(options, sp),
                _ => throw new InvalidOperationException($"Platform:Store:Kind '{options.Kind}' is not supported."),
            };
        });
        services.AddHostedService<StoreInitializer>();
        return services;
    }
}
