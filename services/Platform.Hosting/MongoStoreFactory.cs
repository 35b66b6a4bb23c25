using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Hosting.Configuration;
using Platform.Storage;
using Platform.Storage.Mongo;

namespace Platform.Hosting;

/// <summary>Creates the MongoDB adapter from the store options, routing libmongoc's log into ILogger.</summary>
internal static class MongoStoreFactory
{
    public static IDocumentStore Create(StoreOptions options, IServiceProvider services)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Platform.Storage.Mongo.libmongoc");
        return MongoDocumentStore.Create(
            new MongoStoreOptions(options.MongoUri!, options.MongoDatabase)
            {
                MaxPoolSize = options.MongoMaxPoolSize,
                ServerSelectionTimeout = options.ServerSelectionTimeout,
                Log = (level, domain, message) => logger.Log(Map(level), "{Domain}: {Message}", domain, message),
            },
            services.GetService<TimeProvider>());
    }

    private static LogLevel Map(MongoLogLevel level) => level switch
    {
        MongoLogLevel.Error or MongoLogLevel.Critical => LogLevel.Error,
        MongoLogLevel.Warning => LogLevel.Warning,
        MongoLogLevel.Message or MongoLogLevel.Info => LogLevel.Information,
        MongoLogLevel.Debug => LogLevel.Debug,
        _ => LogLevel.Trace,
    };
}
