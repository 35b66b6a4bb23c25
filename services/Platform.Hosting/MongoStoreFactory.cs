using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Hosting.Configuration;
using Platform.Storage;
using Platform.Storage.Mongo;

namespace Platform.Hosting;

/// <summary>Creates the MongoDB adapter from the store options, with the driver's logs in the host's ILogger.</summary>
internal static class MongoStoreFactory
{
    public static IDocumentStore Create(StoreOptions options, IServiceProvider services) =>
        MongoDocumentStore.Create(
            new MongoStoreOptions(options.MongoUri!, options.MongoDatabase)
            {
                MaxPoolSize = options.MongoMaxPoolSize,
                ServerSelectionTimeout = options.ServerSelectionTimeout,
                LoggerFactory = services.GetService<ILoggerFactory>(),
            },
            services.GetService<TimeProvider>());
}
