namespace Platform.Publish.Tests;

/// <summary>
/// A test class that runs against its own embedded pipeline: xUnit starts a fresh <see cref="PipelineHost"/> before
/// each test and stops it after, so no test sees another's bulletins or events.
/// </summary>
public abstract class EmbeddedPipelineTest : IAsyncLifetime
{
    protected PipelineHost Host { get; } = new();

    public virtual Task InitializeAsync() => Host.InitializeAsync();

    public virtual Task DisposeAsync() => Host.DisposeAsync();
}
