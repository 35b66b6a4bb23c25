using Microsoft.Extensions.DependencyInjection;
using Platform.Hosting.Configuration;
using Platform.Storage;
using Platform.Storage.Sqlite;

namespace Platform.Hosting;

/// <summary>Chooses the store adapter from configuration.</summary>
public static class StoreRegistration
{
    public static IServiceCollection AddPlatformStore(this IServiceCollection services, StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton<IDocumentStore>(sp => options.Kind switch
        {
            StoreKind.Sqlite => new SqliteDocumentStore(options.SqlitePath, sp.GetService<TimeProvider>()),
            StoreKind.MongoDb => MongoStoreFactory.Create(options, sp),
            _ => throw new InvalidOperationException($"Platform:Store:Kind '{options.Kind}' is not supported."),
        });
        services.AddHostedService<StoreInitializer>();
        return services;
    }
}
