namespace Platform.Storage.Mongo;

/// <summary>Runs a driver call and rethrows what the driver throws as the store port's exception.</summary>
internal sealed class StoreCalls(TimeSpan serverSelectionTimeout)
{
    public async Task<T> RunAsync<T>(string operation, Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception error) when (DriverErrors.Translate(error, operation, serverSelectionTimeout) is { } translated)
        {
            throw translated;
        }
    }

    public Task RunAsync(string operation, Func<Task> call) =>
        RunAsync(operation, async () =>
        {
            await call().ConfigureAwait(false);
            return true;
        });
}
