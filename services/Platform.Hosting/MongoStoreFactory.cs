using Platform.Hosting.Configuration;
using Platform.Storage;

namespace Platform.Hosting;

/// <summary>Creates the MongoDB adapter.</summary>
internal static class MongoStoreFactory
{
    public static IDocumentStore Create(StoreOptions options, IServiceProvider services)
    {
        _ = options;
        _ = services;
        throw new StoreUnavailableException("The MongoDB store adapter is not wired into the hosts yet; use Platform:Store:Kind=sqlite.");
    }
}
