
namespace Platform.Hosting.Configuration;

/// <summary>Fails start-up naming the <c>Platform:Store</c> setting that is wrong.</summary>
public sealed class StoreOptionsValidator : SettingsValidator<StoreOptions>
{
    protected override void Check(StoreOptions options, List<string> errors)
    {
        if (options.Kind == StoreKind.Sqlite && string.IsNullOrWhiteSpace(options.SqlitePath))
            errors.Add("Platform:Store:SqlitePath is required when Platform:Store:Kind is sqlite.");
        if (options.Kind == StoreKind.MongoDb && string.IsNullOrWhiteSpace(options.MongoUri))
            errors.Add("Platform:Store:MongoUri is required when Platform:Store:Kind is mongodb.");
        if (options.Kind == StoreKind.MongoDb && options.MongoUri is { } uri && !uri.StartsWith("mongodb://", StringComparison.Ordinal) && !uri.StartsWith("mongodb+srv://", StringComparison.Ordinal))
            errors.Add("Platform:Store:MongoUri must start with mongodb:// or mongodb+srv://.");
    }
}
