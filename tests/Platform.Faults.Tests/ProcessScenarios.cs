namespace Platform.Faults.Tests;

/// <summary>
/// The scenarios that run the four services as OS processes: alone, since they load both cores and set the services'
/// environment through this process's environment variables, which the in-process hosts of other tests would read.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessScenarios
{
    public const string Name = "process scenarios";
}
