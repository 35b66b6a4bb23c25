using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Platform.Benchmarks;

/// <summary>
/// In-process, one invocation per iteration (each drains or pushes a whole batch): BenchmarkDotNet's generated
/// project would lack the ASP.NET Core framework reference the service modules need (restore then fails on a
/// package downgrade).
/// </summary>
public class InProcessConfig : ManualConfig
{
    public InProcessConfig() : this(iterations: 3) { }

    protected InProcessConfig(int iterations) => AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring)
        .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(iterations).WithInvocationCount(1).WithUnrollFactor(1));
}

/// <summary><see cref="InProcessConfig"/> with five measured iterations (shorter batches, noisier).</summary>
public sealed class FiveIterationsInProcessConfig : InProcessConfig
{
    public FiveIterationsInProcessConfig() : base(iterations: 5) { }
}
