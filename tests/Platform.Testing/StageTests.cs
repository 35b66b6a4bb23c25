using MassTransit;
using Xunit;

namespace Platform.Testing;

/// <summary>A test class of one stage's consumers: a fresh <see cref="StageHarness"/> per test.</summary>
public abstract class StageTests(Action<IBusRegistrationConfigurator> stages) : IAsyncLifetime
{
    protected StageHarness Stage { get; private set; } = null!;

    public async Task InitializeAsync() => Stage = await StageHarness.StartAsync(stages).ConfigureAwait(false);

    public async Task DisposeAsync() => await Stage.DisposeAsync().ConfigureAwait(false);
}
