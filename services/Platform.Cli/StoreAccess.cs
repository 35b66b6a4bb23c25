using Platform.Hosting.Configuration;
using Platform.Storage;
using Platform.Storage.Sqlite;

namespace Platform.Cli;

/// <summary>Opens the configured store (appsettings.json in the working directory, then Platform__* environment variables).</summary>
public static class StoreAccess
{
    public static async Task<IDocumentStore> OpenAsync(string? dataDirectory, CancellationToken ct)
    {
        var options = SettingsRegistration.Read<StoreOptions, StoreOptionsValidator>(CliConfiguration.Build());
        if (options.Kind != StoreKind.Sqlite)
        {
            throw new InvalidOperationException("The CLI manages the SQLite store; for MongoDB use the services' configuration.");
        }
        var path = dataDirectory is null ? options.SqlitePath : Path.Combine(dataDirectory, "platform.db");
        var store = new SqliteDocumentStore(path);
        await store.InitializeAsync(ct).ConfigureAwait(false);
        return store;
    }
}
