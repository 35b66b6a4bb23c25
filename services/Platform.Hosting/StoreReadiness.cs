namespace Platform.Hosting;

/// <summary>Whether the store's schema has been initialized in this process.</summary>
public sealed class StoreReadiness
{
    private readonly TaskCompletionSource _initialized = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsInitialized => _initialized.Task.IsCompleted;

    public Task WhenInitialized => _initialized.Task;

    public void MarkInitialized() => _initialized.TrySetResult();
}
